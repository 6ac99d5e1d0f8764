<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>@default</name>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/forms.py" line="62" />
      <source>Value must be one of the coded values</source>
      <translation>取值必须是代码表中的值</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/provider.py" line="26" />
      <source>Wuqing permanent protected ecological areas</source>
      <translation>武清区永久性保护生态区域</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="255" />
      <source>Violation records</source>
      <translation>违法违规记录</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/marker_form.py" line="77" />
      <source>Boundary markers</source>
      <translation>界桩标志</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="343" />
      <source>Affected areas</source>
      <translation>违法影响范围</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="154" />
      <source>Approved construction land</source>
      <translation>已批规划建设用地</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/project_layers.py" line="42" />
      <source>Ecological red-line zones</source>
      <translation>生态保护红线区</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/project_layers.py" line="42" />
      <source>Ecological yellow-line zones</source>
      <translation>生态保护黄线区</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="143" />
      <source>Towns and streets</source>
      <translation>镇街</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="133" />
      <source>District boundary</source>
      <translation>区界</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="343" />
      <source>Case history</source>
      <translation>案件处理记录</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="91" />
      <source>Unique id</source>
      <translation>唯一标识</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="96" />
      <source>Area (m²)</source>
      <translation>面积（平方米）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="101" />
      <source>Data status</source>
      <translation>数据状态</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="106" />
      <source>Last edited</source>
      <translation>最后编辑时间</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="110" />
      <source>Protected zones</source>
      <translation>保护区域</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="143" />
      <source>Name</source>
      <translation>名称</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="255" />
      <source>Zone type</source>
      <translation>区域类型</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="110" />
      <source>Line class</source>
      <translation>管控分级</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="110" />
      <source>Feature code</source>
      <translation>要素代码</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="110" />
      <source>Water-supply river or reservoir</source>
      <translation>供水河道/水库</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="110" />
      <source>Nature reserve</source>
      <translation>自然保护区</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="110" />
      <source>National ecological red line</source>
      <translation>国家生态保护红线</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="110" />
      <source>Road shelter belt</source>
      <translation>公路防护林带</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="110" />
      <source>Responsible department</source>
      <translation>责任部门</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="110" />
      <source>Legal basis</source>
      <translation>法律依据</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="301" />
      <source>Notes</source>
      <translation>备注</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="143" />
      <source>Administrative code</source>
      <translation>行政区划代码</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="143" />
      <source>Kind</source>
      <translation>类别</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="154" />
      <source>Approval document number</source>
      <translation>批复文号</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="154" />
      <source>Approval date</source>
      <translation>批复日期</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="154" />
      <source>Approving authority</source>
      <translation>批复机关</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="154" />
      <source>Project</source>
      <translation>项目名称</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="154" />
      <source>Planned land use</source>
      <translation>规划用途</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="172" />
      <source>Reference object 1</source>
      <translation>参照物1</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="172" />
      <source>Bearing 1 (°)</source>
      <translation>方位角1（°）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="172" />
      <source>Distance 1 (m)</source>
      <translation>距离1（米）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="172" />
      <source>Reference object 2</source>
      <translation>参照物2</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="172" />
      <source>Bearing 2 (°)</source>
      <translation>方位角2（°）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="172" />
      <source>Distance 2 (m)</source>
      <translation>距离2（米）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="172" />
      <source>Reference object 3</source>
      <translation>参照物3</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="172" />
      <source>Bearing 3 (°)</source>
      <translation>方位角3（°）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="172" />
      <source>Distance 3 (m)</source>
      <translation>距离3（米）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="190" />
      <source>Photo east</source>
      <translation>照片（东）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="190" />
      <source>Photo south</source>
      <translation>照片（南）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="190" />
      <source>Photo west</source>
      <translation>照片（西）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="190" />
      <source>Photo north</source>
      <translation>照片（北）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="190" />
      <source>Photo centre</source>
      <translation>照片（中心）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/check_dock.py" line="98" />
      <source>Marker number</source>
      <translation>界桩编号</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="198" />
      <source>Engraved number</source>
      <translation>刻字编号</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/check_dock.py" line="99" />
      <source>Zone</source>
      <translation>所属区域</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="198" />
      <source>Marker kind</source>
      <translation>标志类型</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="198" />
      <source>Material</source>
      <translation>材质</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="198" />
      <source>Sequence along the boundary</source>
      <translation>沿边界序号</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/coordinate_table.py" line="93" />
      <source>X (north, m)</source>
      <translation>X（北，米）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/coordinate_table.py" line="93" />
      <source>Y (east, m)</source>
      <translation>Y（东，米）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="198" />
      <source>Longitude (°)</source>
      <translation>经度（°）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="198" />
      <source>Latitude (°)</source>
      <translation>纬度（°）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="198" />
      <source>Elevation (m, 1985 datum)</source>
      <translation>高程（米，1985国家高程基准）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="198" />
      <source>Survey method</source>
      <translation>测量方法</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="198" />
      <source>Survey precision (m)</source>
      <translation>测量精度（米）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/check_dock.py" line="98" />
      <source>Distance to boundary (m)</source>
      <translation>距边界距离（米）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="198" />
      <source>Survey date</source>
      <translation>测量日期</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/survey_settings_dialog.py" line="78" />
      <source>Surveyor</source>
      <translation>测量人</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="198" />
      <source>Burial date</source>
      <translation>埋设日期</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="198" />
      <source>Burial unit</source>
      <translation>埋设单位</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/coordinate_table.py" line="94" />
      <source>Marker status</source>
      <translation>界桩状态</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="198" />
      <source>Last inspection</source>
      <translation>最近巡查日期</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="255" />
      <source>Record number</source>
      <translation>记录编号</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="255" />
      <source>Discovered at</source>
      <translation>发现时间</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="255" />
      <source>Source</source>
      <translation>线索来源</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="255" />
      <source>Linked zones</source>
      <translation>关联区域</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="255" />
      <source>Zone names</source>
      <translation>区域名称</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="255" />
      <source>Line class (strictest)</source>
      <translation>管控分级（从严）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="255" />
      <source>Inside approved construction land</source>
      <translation>位于已批规划建设用地内</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="255" />
      <source>Outside every zone</source>
      <translation>不在任何保护区域内</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="255" />
      <source>Town or street</source>
      <translation>所在镇街</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="255" />
      <source>Category</source>
      <translation>问题类别</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="255" />
      <source>Severity</source>
      <translation>严重程度</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="255" />
      <source>Reason for raised severity</source>
      <translation>提高严重程度的理由</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="255" />
      <source>Description</source>
      <translation>情况描述</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="255" />
      <source>Responsible party</source>
      <translation>责任主体</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="255" />
      <source>Reporter</source>
      <translation>举报人</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="255" />
      <source>Reporter contact</source>
      <translation>举报人联系方式</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="255" />
      <source>Evidence files</source>
      <translation>证据材料</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="255" />
      <source>Lead department</source>
      <translation>牵头部门</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="255" />
      <source>Other departments</source>
      <translation>协办部门</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="255" />
      <source>Nearest marker</source>
      <translation>最近界桩</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="255" />
      <source>Rectification deadline</source>
      <translation>整改期限</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="255" />
      <source>Status</source>
      <translation>办理状态</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="255" />
      <source>Handling proposal</source>
      <translation>处理建议</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="255" />
      <source>Penalty decision number</source>
      <translation>处罚决定书文号</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="255" />
      <source>Verified at</source>
      <translation>核查时间</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="255" />
      <source>Notified at</source>
      <translation>通报时间</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="255" />
      <source>Proposal at</source>
      <translation>提出建议时间</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="255" />
      <source>Rectification ordered at</source>
      <translation>责令整改时间</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="255" />
      <source>Re-inspected at</source>
      <translation>复查时间</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="255" />
      <source>Closed at</source>
      <translation>办结时间</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="255" />
      <source>Internal notes</source>
      <translation>内部备注</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="255" />
      <source>Recorded by</source>
      <translation>登记人</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="255" />
      <source>Recorded at</source>
      <translation>登记时间</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="311" />
      <source>Record</source>
      <translation>记录</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="311" />
      <source>Changed at</source>
      <translation>变更时间</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="311" />
      <source>Changed by</source>
      <translation>变更人</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="311" />
      <source>From status</source>
      <translation>原状态</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="311" />
      <source>To status</source>
      <translation>新状态</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="311" />
      <source>Note</source>
      <translation>说明</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/provider.py" line="23" />
      <source>Wuqing Eco Protection</source>
      <translation>武清生态保护</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/project_data_actions.py" line="18" />
      <source>Open or create project data…</source>
      <translation>打开/新建项目数据…</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/project_data_actions.py" line="18" />
      <source>Open the project's GeoPackage, or create a new one, and load its layers</source>
      <translation>打开或新建项目 GeoPackage 数据库并加载图层</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/project_data_actions.py" line="20" />
      <source>Load illustrative sample data…</source>
      <translation>加载示例数据（示意）…</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/project_data_actions.py" line="20" />
      <source>Write the illustrative Wuqing sample (not the legal boundary) and load it</source>
      <translation>生成武清区示例数据（示意，非法定边界）并加载</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/project_data_actions.py" line="33" />
      <source>Cannot open project data</source>
      <translation>无法打开项目数据</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/project_data_actions.py" line="36" />
      <source>Project data</source>
      <translation>项目数据</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/project_data_actions.py" line="36" />
      <source>Layers loaded from {}</source>
      <translation>已从 {} 加载图层</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/project_data_actions.py" line="50" />
      <source>Cannot write the sample data</source>
      <translation>无法生成示例数据</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/project_data_actions.py" line="53" />
      <source>Sample data</source>
      <translation>示例数据</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/project_data_actions.py" line="53" />
      <source>Illustrative sample written to {} (not the legal boundary)</source>
      <translation>示例数据已写入 {}（示意，非法定边界）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/create_geopackage.py" line="30" />
      <source>Create project GeoPackage</source>
      <translation>新建项目 GeoPackage</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/create_geopackage.py" line="33" />
      <source>Data</source>
      <translation>数据</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/create_geopackage.py" line="39" />
      <source>Creates a GeoPackage with every table of the plugin's data model in EPSG:4548 (zones, towns, approved construction land, boundary markers, violation records and their history). With the sample option it is filled with the illustrative Wuqing dataset, which is not the legal boundary.</source>
      <translation>新建包含插件全部数据表的 GeoPackage（EPSG:4548）：保护区域、镇街、已批规划建设用地、界桩标志、违法违规记录及其处理记录。选择示例数据时写入武清区示意数据，非法定边界。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/create_geopackage.py" line="48" />
      <source>GeoPackage</source>
      <translation>GeoPackage</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/data_dialogs.py" line="40" />
      <source>GeoPackage (*.gpkg)</source>
      <translation>GeoPackage 文件 (*.gpkg)</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/create_geopackage.py" line="50" />
      <source>Fill with the illustrative sample data</source>
      <translation>写入示例数据（示意）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/create_geopackage.py" line="52" />
      <source>Replace an existing file</source>
      <translation>替换已有文件</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/create_geopackage.py" line="54" />
      <source>Tables</source>
      <translation>数据表</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/create_geopackage.py" line="62" />
      <source>The file exists already: {}</source>
      <translation>文件已存在：{}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/create_geopackage.py" line="66" />
      <source>{table}: {n} features</source>
      <translation>{table}：{n} 个要素</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/demo.py" line="68" />
      <source>Wuqing permanent protected ecological areas (illustrative sample)</source>
      <translation>武清区永久性保护生态区域（示例数据）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/demo.py" line="79" />
      <source>Wuqing District permanent protected ecological areas: red and yellow lines</source>
      <translation>武清区永久性保护生态区域红线黄线分布图</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/marker_card.py" line="171" />
      <source>Illustrative sample data, not the legal boundary.</source>
      <translation>示意数据，非法定边界。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/demo.py" line="79" />
      <source>CGCS2000 / 3-degree Gauss-Krüger CM 117°E (EPSG:4548)</source>
      <translation>2000国家大地坐标系 3度带 中央经线117°E（EPSG:4548）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/overview.py" line="51" />
      <source>District overview</source>
      <translation>全区概览图</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/overview.py" line="74" />
      <source>Legend</source>
      <translation>图例</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/overview.py" line="88" />
      <source>km</source>
      <translation>千米</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/data_dialogs.py" line="26" />
      <source>Open or create project data</source>
      <translation>打开/新建项目数据</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/data_dialogs.py" line="40" />
      <source>Write the illustrative sample data to</source>
      <translation>示例数据保存到</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/data_dialogs.py" line="49" />
      <source>Replace file?</source>
      <translation>替换文件？</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/data_dialogs.py" line="49" />
      <source>{} exists already. Replace it with the sample data? Its contents will be lost.</source>
      <translation>{} 已存在。用示例数据替换吗？原有内容将丢失。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/plugin.py" line="47" />
      <source>Wu&amp;qing Eco Protection</source>
      <translation>武清生态保护(&amp;Q)</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/storage.py" line="184" />
      <source>missing tables: {}</source>
      <translation>缺少数据表：{}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/storage.py" line="186" />
      <source>table {table} lacks the fields {fields}</source>
      <translation>数据表 {table} 缺少字段 {fields}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/storage.py" line="188" />
      <source>table {table} is in {crs} instead of {expected}</source>
      <translation>数据表 {table} 的坐标系为 {crs}，应为 {expected}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/storage.py" line="190" />
      <source>This GeoPackage does not hold the plugin's data model</source>
      <translation>此 GeoPackage 不符合插件的数据模型</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/report_pdf.py" line="125" />
      <source>Page {page} of {pages}</source>
      <translation>第 {page} 页，共 {pages} 页</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/report_pdf.py" line="230" />
      <source>Export failed ({code}): {path}</source>
      <translation>导出失败（{code}）：{path}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="343" />
      <source>Marker history</source>
      <translation>界桩变更记录</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="198" />
      <source>Y (east, with zone prefix 39, m)</source>
      <translation>Y（东，含39带号，米）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="238" />
      <source>Marker</source>
      <translation>界桩</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="238" />
      <source>Old X (north, m)</source>
      <translation>原X（北，米）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="238" />
      <source>Old Y (east, m)</source>
      <translation>原Y（东，米）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="238" />
      <source>New X (north, m)</source>
      <translation>新X（北，米）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="238" />
      <source>New Y (east, m)</source>
      <translation>新Y（东，米）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="238" />
      <source>Moved by (m)</source>
      <translation>移动距离（米）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/check_dialog.py" line="25" />
      <source>Check boundary markers</source>
      <translation>界桩检查</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/check_markers.py" line="56" />
      <source>For each marker: the distance to the nearest zone boundary (deviation_m) and, when designed markers are given, the distance to the designed marker of the same number (offset_m). The status is ok up to the warning distance, warning up to the tolerance and fail beyond, from the larger of the two. Issues: stretches of boundary longer than the spacing without a marker, corners turning more than the angle without a marker, duplicate numbers, designed markers not surveyed and surveyed points without a design.</source>
      <translation>逐个界桩计算：到最近区域边界的距离（deviation_m），给定设计界桩时还计算到同编号设计界桩的距离（offset_m）。取两者中较大者判定：不超过警告距离为“合格”，不超过限差为“警告”，超过限差为“超限”。边界问题包括：超过最大间距而无界桩的边界段、转角超过设定角度而无界桩的拐点、重复编号、未测量的设计界桩以及无对应设计界桩的测量点。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/design_markers.py" line="55" />
      <source>Zones (polygons with zone_uid)</source>
      <translation>保护区域（含 zone_uid 的面图层）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/check_markers.py" line="66" />
      <source>Markers to check (points with marker_no)</source>
      <translation>待检查界桩（含 marker_no 的点图层）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/check_markers.py" line="68" />
      <source>Designed markers (points with marker_no)</source>
      <translation>设计界桩（含 marker_no 的点图层）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/check_markers.py" line="72" />
      <source>Warning above (m)</source>
      <translation>警告阈值（米）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/check_markers.py" line="74" />
      <source>Tolerance: fail above (m)</source>
      <translation>限差：超过即超限（米）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/design_markers.py" line="57" />
      <source>Maximum spacing along the boundary (m)</source>
      <translation>沿边界最大间距（米）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/design_markers.py" line="60" />
      <source>Turning angle that needs a marker (degrees)</source>
      <translation>需设界桩的转角（度）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/marker_demo.py" line="95" />
      <source>Marker check results</source>
      <translation>界桩检查结果</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/marker_demo.py" line="94" />
      <source>Marker check issues</source>
      <translation>界桩边界问题</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/check_markers.py" line="87" />
      <source>Markers ok</source>
      <translation>合格界桩数</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/check_markers.py" line="87" />
      <source>Markers with a warning</source>
      <translation>警告界桩数</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/check_markers.py" line="87" />
      <source>Markers failing</source>
      <translation>超限界桩数</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/check_dock.py" line="58" />
      <source>Boundary issues</source>
      <translation>边界问题</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/survey_settings_dialog.py" line="106" />
      <source>The warning distance must not exceed the tolerance</source>
      <translation>警告距离不能大于限差</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/check_markers.py" line="104" />
      <source>{n} markers without a point were left out</source>
      <translation>{n} 个界桩没有点位，未参与检查</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/import_survey_csv.py" line="99" />
      <source>Cannot write to the output: {}</source>
      <translation>无法写入输出：{}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/design_dialog.py" line="31" />
      <source>Design boundary markers</source>
      <translation>界桩设计</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/design_markers.py" line="47" />
      <source>Places designed boundary markers on every ring of each zone: at the north-western-most vertex, at every vertex turning more than the angle, at every crossing with the given roads, railways or watercourses, and in between so that consecutive markers along the ring are never further apart than the maximum spacing. Markers are numbered clockwise from the north-western-most vertex with the pattern (default 120114-&lt;type&gt;-&lt;feature&gt;-NNNN); signboards at crossings, when asked for, are numbered in their own series.</source>
      <translation>在每个区域的每条边界环上布设设计界桩：最西北端的节点、转角大于设定角度的每个拐点、与给定道路、铁路或水系的每个交叉处，并在其间加密，使沿边界相邻界桩的间距不超过最大间距。界桩按编号规则（默认 120114-&lt;类型&gt;-&lt;要素&gt;-NNNN）自最西北端节点起顺时针编号；如选择在交叉处设置标识牌，标识牌单独编号。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/design_markers.py" line="63" />
      <source>Roads, railways and watercourses (lines)</source>
      <translation>道路、铁路和水系（线图层）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/survey_settings_dialog.py" line="65" />
      <source>Also place signboards at crossings</source>
      <translation>在交叉处同时设置标识牌</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/survey_settings_dialog.py" line="72" />
      <source>Numbering pattern</source>
      <translation>编号规则</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/design_markers.py" line="71" />
      <source>Designed markers</source>
      <translation>设计界桩</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/design_markers.py" line="73" />
      <source>Number of markers</source>
      <translation>界桩数量</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/design_markers.py" line="83" />
      <source>The numbering pattern needs {seq} and may use only {type}, {feature} and {seq}</source>
      <translation>编号规则必须包含 {seq}，且只能使用 {type}、{feature} 和 {seq}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/design_markers.py" line="101" />
      <source>{n} markers on {z} zones</source>
      <translation>{z} 个区域共 {n} 个界桩</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/csv_import_dialog.py" line="53" />
      <source>Import field survey CSV</source>
      <translation>导入外业测量CSV</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/import_survey_csv.py" line="45" />
      <source>Reads an RTK/GNSS survey file (UTF-8 or GBK; comma, tab, semicolon or space separated). X is the northing and Y the easting, as Chinese surveyors write them; Y may carry the zone prefix 39 or not. For longitude/latitude choose a geographic CRS (EPSG:4490) and give the latitude column as X and the longitude column as Y. Swapped X/Y are detected, put right and reported; points outside Wuqing are kept, flagged and reported. The output keeps every column of the file and adds marker_no (from the point number column), x_north, y_east, elevation_m, placement and csv_line.</source>
      <translation>读取RTK/GNSS测量成果文件（UTF-8或GBK编码；以逗号、制表符、分号或空格分隔）。按测量习惯，X为北坐标、Y为东坐标；Y可带或不带39带号。经纬度文件请选择地理坐标系（EPSG:4490），并以纬度列作X、经度列作Y。可检测X/Y互换，自动纠正并提示；武清区范围以外的点予以保留、标记并提示。输出保留文件的全部列，并增加 marker_no（取自点号列）、x_north、y_east、elevation_m、placement 和 csv_line。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/import_survey_csv.py" line="54" />
      <source>Survey file (CSV)</source>
      <translation>测量成果文件（CSV）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/csv_import_dialog.py" line="57" />
      <source>Survey files (*.csv *.txt *.dat);;All files (*)</source>
      <translation>测量成果文件 (*.csv *.txt *.dat);;所有文件 (*)</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/import_survey_csv.py" line="56" />
      <source>X column (northing, or latitude)</source>
      <translation>X列（北坐标或纬度）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/import_survey_csv.py" line="57" />
      <source>Y column (easting, or longitude)</source>
      <translation>Y列（东坐标或经度）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/import_survey_csv.py" line="60" />
      <source>Coordinate system of the file</source>
      <translation>文件坐标系</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/import_survey_csv.py" line="62" />
      <source>Point number column</source>
      <translation>点号列</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/import_survey_csv.py" line="63" />
      <source>Height column</source>
      <translation>高程列</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/import_survey_csv.py" line="64" />
      <source>Surveyed points</source>
      <translation>实测点</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/import_survey_csv.py" line="66" />
      <source>Number of points</source>
      <translation>点数</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/import_survey_csv.py" line="67" />
      <source>Axis order found</source>
      <translation>坐标轴顺序判断</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/import_survey_csv.py" line="74" />
      <source>Cannot read {path}: {error}</source>
      <translation>无法读取 {path}：{error}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/import_survey_csv.py" line="76" />
      <source>{path} is not a table of coordinates ({code})</source>
      <translation>{path} 不是坐标表（{code}）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/import_survey_csv.py" line="86" />
      <source>The coordinate system is not valid</source>
      <translation>坐标系无效</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/import_survey_csv.py" line="91" />
      <source>The file has no column {missing}; its columns are: {columns}</source>
      <translation>文件中没有列 {missing}；现有列为：{columns}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/zones_input.py" line="28" />
      <source>The layer {layer} has no field {field}</source>
      <translation>图层 {layer} 缺少字段 {field}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/zones_input.py" line="46" />
      <source>Zone {} had an invalid geometry: it was repaired (makeValid) before use</source>
      <translation>区域“{}”的几何图形无效，已修复（makeValid）后使用</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/zones_input.py" line="48" />
      <source>Zones without a polygon, left out: {}</source>
      <translation>以下区域没有面图形，未处理：{}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/zones_input.py" line="50" />
      <source>{n} zones without zone_uid were left out</source>
      <translation>{n} 个区域缺少 zone_uid，未处理</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/zones_input.py" line="52" />
      <source>No zone with a polygon and a zone_uid to work on</source>
      <translation>没有同时具有面图形和 zone_uid 的区域可处理</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/coordinate_table.py" line="27" />
      <source>CGCS2000 / 3-degree Gauss-Krüger zone 39, CM 117°E (EPSG:4548)</source>
      <translation>CGCS2000 / 3度带高斯-克吕格投影 39带，中央经线117°E（EPSG:4548）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/coordinate_table.py" line="78" />
      <source>Part {n}, outer boundary</source>
      <translation>第{n}部分 外边界</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/coordinate_table.py" line="79" />
      <source>Part {n}, inner boundary {k}</source>
      <translation>第{n}部分 内边界{k}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/coordinate_table.py" line="93" />
      <source>No.</source>
      <translation>序号</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/coordinate_table.py" line="93" />
      <source>Distance to next (m)</source>
      <translation>至下一点距离（米）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/coordinate_table.py" line="94" />
      <source>Boundary ring</source>
      <translation>边界环</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/coordinate_table.py" line="117" />
      <source>Coordinate results table of boundary markers</source>
      <translation>界址点坐标成果表</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/coordinate_table.py" line="119" />
      <source>Zone: {}</source>
      <translation>区域：{}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/coordinate_table.py" line="120" />
      <source>Coordinate system: {}; X is the northing, Y the easting (without the zone prefix 39)</source>
      <translation>坐标系：{}；X为北坐标，Y为东坐标（不含39带号）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/coordinate_table.py" line="122" />
      <source>Boundary markers: {n}; boundary length {length:.1f} m; date: {date}</source>
      <translation>界址点数：{n}；边界长度 {length:.1f} 米；日期：{date}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/coordinate_table.py" line="135" />
      <source>No boundary markers</source>
      <translation>无界址点</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/marker_card.py" line="160" />
      <source>Reference objects</source>
      <translation>参照物</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/marker_card.py" line="139" />
      <source>Marker card {}</source>
      <translation>点之记 {}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/marker_card.py" line="141" />
      <source>Boundary marker registration card</source>
      <translation>界桩点之记</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/marker_card.py" line="157" />
      <source>Sketch map</source>
      <translation>位置略图</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/marker_card.py" line="161" />
      <source>None recorded</source>
      <translation>未记录</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/marker_card.py" line="162" />
      <source>Object</source>
      <translation>参照物</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/marker_card.py" line="162" />
      <source>Bearing (°)</source>
      <translation>方位角（°）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/marker_card.py" line="162" />
      <source>Distance (m)</source>
      <translation>距离（米）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/marker_card.py" line="169" />
      <source>Made on {date}</source>
      <translation>制表日期：{date}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/survey_settings_dialog.py" line="39" />
      <source>m</source>
      <translation>米</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/marker_card.py" line="194" />
      <source>Photos</source>
      <translation>照片</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/marker_card.py" line="206" />
      <source>No photos on record</source>
      <translation>无照片</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/marker_checks.py" line="81" />
      <source>{ok} ok, {warning} warning, {fail} fail; {issues} boundary issues</source>
      <translation>合格 {ok} 个，警告 {warning} 个，超限 {fail} 个；边界问题 {issues} 处</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/marker_demo.py" line="93" />
      <source>Field survey (sample)</source>
      <translation>外业实测点（示例）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/marker_actions.py" line="288" />
      <source>Surveyed position from {}</source>
      <translation>实测坐标，来自 {}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/survey_import.py" line="75" />
      <source>{n} points read from a {enc} file</source>
      <translation>从{enc}编码文件读取 {n} 个点</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/survey_import.py" line="78" />
      <source>X and Y are swapped in every row (X must be the northing): the points were placed with the two columns exchanged</source>
      <translation>所有行的X与Y均互换（X应为北坐标）：已按交换后的两列定位</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/survey_import.py" line="81" />
      <source>X and Y are swapped on lines {lines}: placed with the two exchanged</source>
      <translation>第 {lines} 行的X与Y互换：已交换后定位</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/survey_import.py" line="84" />
      <source>Lines {lines} lie outside Wuqing: check the columns, the zone prefix and the coordinate system</source>
      <translation>第 {lines} 行位于武清区范围以外：请检查列对应关系、带号和坐标系</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/survey_import.py" line="87" />
      <source>Lines {lines} have no readable coordinates and were left out</source>
      <translation>第 {lines} 行没有可读的坐标，未导入</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/check_dialog.py" line="40" />
      <source>Markers to check</source>
      <translation>待检查界桩</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/check_dialog.py" line="41" />
      <source>Marker number field</source>
      <translation>界桩编号字段</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/check_dialog.py" line="42" />
      <source>Designed markers (optional)</source>
      <translation>设计界桩（可选）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/survey_settings_dialog.py" line="75" />
      <source>Warning above</source>
      <translation>警告阈值</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/survey_settings_dialog.py" line="76" />
      <source>Tolerance: fail above</source>
      <translation>限差（超过即超限）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/survey_settings_dialog.py" line="69" />
      <source>Maximum spacing along the boundary</source>
      <translation>沿边界最大间距</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/survey_settings_dialog.py" line="70" />
      <source>Turning angle that needs a marker</source>
      <translation>需设界桩的转角</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/check_dialog.py" line="72" />
      <source>Choose the markers to check</source>
      <translation>请选择待检查的界桩图层</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/check_dialog.py" line="74" />
      <source>Choose the field holding the marker numbers</source>
      <translation>请选择界桩编号字段</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/check_dock.py" line="48" />
      <source>Marker checks</source>
      <translation>界桩检查</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/check_dock.py" line="58" />
      <source>Warnings and failures</source>
      <translation>警告和超限</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/check_dock.py" line="58" />
      <source>All markers</source>
      <translation>全部界桩</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/check_dock.py" line="58" />
      <source>Fail</source>
      <translation>超限</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/check_dock.py" line="58" />
      <source>Warning</source>
      <translation>警告</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/check_dock.py" line="58" />
      <source>OK</source>
      <translation>合格</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/check_dock.py" line="65" />
      <source>Apply surveyed positions (ok and warning)</source>
      <translation>采用实测坐标（合格和警告）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/check_dock.py" line="92" />
      <source>Issue</source>
      <translation>问题</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/check_dock.py" line="92" />
      <source>Value</source>
      <translation>数值</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/check_dock.py" line="99" />
      <source>Offset from design (m)</source>
      <translation>距设计位置（米）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/csv_import_dialog.py" line="47" />
      <source>The file is empty</source>
      <translation>文件为空</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/csv_import_dialog.py" line="47" />
      <source>The file has fewer than two columns</source>
      <translation>文件不足两列</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/csv_import_dialog.py" line="61" />
      <source>X/Y in CGCS2000 zone 39 (with or without the prefix 39)</source>
      <translation>CGCS2000 39带X/Y（带或不带39带号）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/csv_import_dialog.py" line="61" />
      <source>Longitude/latitude (CGCS2000)</source>
      <translation>经纬度（CGCS2000）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/csv_import_dialog.py" line="61" />
      <source>Other coordinate system</source>
      <translation>其他坐标系</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/csv_import_dialog.py" line="71" />
      <source>Swap X and Y</source>
      <translation>交换X和Y</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/csv_import_dialog.py" line="77" />
      <source>Survey file</source>
      <translation>测量成果文件</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/csv_import_dialog.py" line="79" />
      <source>Coordinates</source>
      <translation>坐标类型</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/csv_import_dialog.py" line="80" />
      <source>Coordinate system</source>
      <translation>坐标系</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/csv_import_dialog.py" line="81" />
      <source>Point number</source>
      <translation>点号</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/csv_import_dialog.py" line="84" />
      <source>Height</source>
      <translation>高程</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/csv_import_dialog.py" line="133" />
      <source>Cannot read the file: {}</source>
      <translation>无法读取文件：{}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/csv_import_dialog.py" line="138" />
      <source>comma</source>
      <translation>逗号</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/csv_import_dialog.py" line="138" />
      <source>tab</source>
      <translation>制表符</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/csv_import_dialog.py" line="138" />
      <source>semicolon</source>
      <translation>分号</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/csv_import_dialog.py" line="138" />
      <source>spaces</source>
      <translation>空格</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/csv_import_dialog.py" line="139" />
      <source>{enc}, separated by {sep}, {n} rows{header}</source>
      <translation>{enc}编码，以{sep}分隔，共 {n} 行{header}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/csv_import_dialog.py" line="139" />
      <source>, no header row</source>
      <translation>，无表头行</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/csv_import_dialog.py" line="158" />
      <source>(none)</source>
      <translation>（无）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/csv_import_dialog.py" line="158" />
      <source>(choose a column)</source>
      <translation>（请选择列）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/csv_import_dialog.py" line="179" />
      <source>Latitude</source>
      <translation>纬度</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/csv_import_dialog.py" line="179" />
      <source>X (northing)</source>
      <translation>X（北坐标）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/csv_import_dialog.py" line="180" />
      <source>Longitude</source>
      <translation>经度</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/csv_import_dialog.py" line="180" />
      <source>Y (easting)</source>
      <translation>Y（东坐标）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/csv_import_dialog.py" line="198" />
      <source>Choose two different columns for the coordinates</source>
      <translation>请为坐标选择两个不同的列</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/csv_import_dialog.py" line="213" />
      <source>{n} rows will be transformed and checked on import</source>
      <translation>导入时将对 {n} 行进行坐标转换和检查</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/csv_import_dialog.py" line="215" />
      <source>X and Y look swapped in every row: X must be the northing (about 4 340 000)</source>
      <translation>所有行的X与Y似乎互换了：X应为北坐标（约 4 340 000）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/csv_import_dialog.py" line="217" />
      <source>{n} rows in Wuqing</source>
      <translation>{n} 行位于武清区内</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/csv_import_dialog.py" line="219" />
      <source>{n} rows with X and Y swapped (put right on import)</source>
      <translation>{n} 行X与Y互换（导入时纠正）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/csv_import_dialog.py" line="221" />
      <source>{n} rows outside Wuqing</source>
      <translation>{n} 行位于武清区范围以外</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/csv_import_dialog.py" line="223" />
      <source>{n} rows without readable coordinates</source>
      <translation>{n} 行没有可读的坐标</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/csv_import_dialog.py" line="227" />
      <source>Survey {}</source>
      <translation>实测 {}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/design_dialog.py" line="34" />
      <source>Selected zones ({n})</source>
      <translation>所选区域（{n} 个）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/design_dialog.py" line="34" />
      <source>All red-line zones</source>
      <translation>全部红线区</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/design_dialog.py" line="34" />
      <source>All zones</source>
      <translation>全部区域</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/design_dialog.py" line="53" />
      <source>Roads, railways and watercourses</source>
      <translation>道路、铁路和水系</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/design_dialog.py" line="56" />
      <source>Designed markers go into the markers table with the status “designed”, numbered clockwise from the north-western-most vertex ({pattern}). A zone whose markers are all still designed is redesigned; a zone with markers in the field is left as it is.</source>
      <translation>设计界桩写入界桩表，状态为“设计”，自最西北端节点起顺时针编号（{pattern}）。界桩均为设计状态的区域将重新设计；已有实地界桩的区域保持不变。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/export_dialog.py" line="32" />
      <source>Export coordinate tables and marker cards</source>
      <translation>导出坐标成果表和点之记</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/export_dialog.py" line="35" />
      <source>{zone} — {n} markers</source>
      <translation>{zone} — {n} 个界桩</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/export_dialog.py" line="40" />
      <source>Coordinate results table (CSV and PDF)</source>
      <translation>界址点坐标成果表（CSV和PDF）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/export_dialog.py" line="42" />
      <source>Marker cards (one PDF per marker)</source>
      <translation>点之记（每个界桩一个PDF）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/export_dialog.py" line="49" />
      <source>Folder</source>
      <translation>输出文件夹</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/marker_actions.py" line="63" />
      <source>Survey markers on the boundary</source>
      <translation>勘界测量工具</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/marker_actions.py" line="63" />
      <source>Click near a red or yellow zone boundary to place a marker there; drag a marker to move it</source>
      <translation>在红线或黄线区边界附近单击即在边界上设置界桩；拖动界桩可移动其位置</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/marker_actions.py" line="67" />
      <source>Design boundary markers…</source>
      <translation>界桩设计…</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/marker_actions.py" line="67" />
      <source>Place designed markers at corners, crossings and the maximum spacing</source>
      <translation>在拐点、交叉处并按最大间距布设设计界桩</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/marker_actions.py" line="69" />
      <source>Import field survey CSV…</source>
      <translation>导入外业测量CSV…</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/marker_actions.py" line="69" />
      <source>Read an RTK/GNSS survey file with explicit column mapping</source>
      <translation>读取RTK/GNSS测量成果文件，明确指定各列含义</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/marker_actions.py" line="71" />
      <source>Check boundary markers…</source>
      <translation>界桩检查…</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/marker_actions.py" line="71" />
      <source>Distances to the boundary and to the design, gaps, unmarked corners, duplicates</source>
      <translation>检查到边界和设计位置的距离、间距、无界桩拐点和重复编号</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/marker_actions.py" line="73" />
      <source>Export coordinate tables and marker cards…</source>
      <translation>导出坐标成果表和点之记…</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/marker_actions.py" line="73" />
      <source>Coordinate results table (CSV, PDF) per zone and a card per marker</source>
      <translation>按区域导出界址点坐标成果表（CSV、PDF），按界桩导出点之记</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/marker_actions.py" line="75" />
      <source>Boundary marker settings…</source>
      <translation>界桩参数设置…</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/marker_actions.py" line="75" />
      <source>Spacing, turning angle, tolerances, numbering and surveyor</source>
      <translation>间距、转角、限差、编号规则和测量人</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/marker_actions.py" line="94" />
      <source>Open the project data first (menu: Open or create project data)</source>
      <translation>请先打开项目数据（菜单：打开/新建项目数据）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/marker_actions.py" line="112" />
      <source>The marker moved, but its history row was not written: {}</source>
      <translation>界桩已移动，但变更记录未能写入：{}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/marker_actions.py" line="165" />
      <source>Move marker</source>
      <translation>移动界桩</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/marker_actions.py" line="165" />
      <source>Move marker {no} by {d:.2f} m to the boundary? Its number stays and the move is kept in its history.</source>
      <translation>将界桩 {no} 移动 {d:.2f} 米到边界上？编号保持不变，移动情况记入变更记录。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/marker_actions.py" line="170" />
      <source>Moved on the map with the survey tool</source>
      <translation>用勘界测量工具在地图上移动</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/marker_actions.py" line="173" />
      <source>Marker {no} was not moved: {errors}</source>
      <translation>界桩 {no} 未移动：{errors}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/marker_actions.py" line="176" />
      <source>Marker {no} moved by {d:.2f} m; the move is in its history</source>
      <translation>界桩 {no} 已移动 {d:.2f} 米，已记入变更记录</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/marker_actions.py" line="180" />
      <source>No red or yellow zone boundary within {n} pixels of the click: no marker was placed. Click on or next to a boundary line.</source>
      <translation>单击位置 {n} 像素范围内没有红线或黄线区边界，未设置界桩。请在边界线上或其附近单击。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/marker_actions.py" line="210" />
      <source>The markers layer has unsaved edits: save or discard them, then design again</source>
      <translation>界桩图层有未保存的编辑：请先保存或放弃，再重新设计</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/marker_actions.py" line="214" />
      <source>The design was not saved: {}</source>
      <translation>设计结果未保存：{}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/marker_actions.py" line="216" />
      <source>{n} designed markers on {z} zones</source>
      <translation>已在 {z} 个区域布设 {n} 个设计界桩</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/marker_actions.py" line="219" />
      <source>; {n} earlier designed markers replaced</source>
      <translation>；替换了原有的 {n} 个设计界桩</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/marker_actions.py" line="221" />
      <source>; left as they are (markers in the field): {}</source>
      <translation>；以下区域已有实地界桩，保持不变：{}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/marker_actions.py" line="223" />
      <source>; repaired invalid geometry of: {}</source>
      <translation>；已修复以下区域的无效几何：{}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/marker_actions.py" line="236" />
      <source>The file has no column {}</source>
      <translation>文件中没有列 {}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/marker_actions.py" line="242" />
      <source>Field survey</source>
      <translation>外业测量</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/marker_actions.py" line="283" />
      <source>Apply surveyed positions</source>
      <translation>采用实测坐标</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/marker_actions.py" line="283" />
      <source>Move every marker checked ok or warning to its surveyed position? Failing markers stay where they are. Each move is kept in the marker's history.</source>
      <translation>将检查结果为合格或警告的界桩移至实测位置？超限界桩保持不动。每次移动均记入界桩变更记录。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/marker_actions.py" line="293" />
      <source>The surveyed positions were not applied: {}</source>
      <translation>实测坐标未能采用：{}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/marker_actions.py" line="295" />
      <source>{n} markers moved to their surveyed positions</source>
      <translation>{n} 个界桩已移至实测位置</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/marker_actions.py" line="297" />
      <source>; {n} failing markers left where they are</source>
      <translation>；{n} 个超限界桩保持不动</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/marker_actions.py" line="299" />
      <source>; no marker numbered {}</source>
      <translation>；没有编号为 {} 的界桩</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/marker_actions.py" line="317" />
      <source>No zone has markers yet: design or survey markers first</source>
      <translation>尚无区域设有界桩：请先设计或测设界桩</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/marker_actions.py" line="335" />
      <source>marker cards</source>
      <translation>点之记</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/marker_actions.py" line="339" />
      <source>Export failed: {}</source>
      <translation>导出失败：{}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/marker_actions.py" line="341" />
      <source>{n} files written to {folder}</source>
      <translation>已写出 {n} 个文件到 {folder}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/marker_actions.py" line="350" />
      <source>Boundary marker settings saved</source>
      <translation>界桩参数已保存</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/marker_form.py" line="48" />
      <source>The markers layer cannot be edited</source>
      <translation>界桩图层无法编辑</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/marker_form.py" line="55" />
      <source>New boundary marker</source>
      <translation>新建界桩</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/marker_form.py" line="55" />
      <source>Boundary marker</source>
      <translation>界桩</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/marker_form.py" line="72" />
      <source>Marker {} added to the edit session: save the layer's edits to keep it</source>
      <translation>界桩 {} 已加入当前编辑：请保存图层编辑以保留</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/marker_form.py" line="77" />
      <source>Marker {} saved</source>
      <translation>界桩 {} 已保存</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/marker_form.py" line="81" />
      <source>The marker was not saved</source>
      <translation>界桩未保存</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/marker_form.py" line="92" />
      <source>Not saved: {}</source>
      <translation>未保存：{}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/survey_settings_dialog.py" line="28" />
      <source>Unbalanced braces</source>
      <translation>花括号不配对</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/survey_settings_dialog.py" line="29" />
      <source>Only {type}, {feature} and {seq} may be used</source>
      <translation>只能使用 {type}、{feature} 和 {seq}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/survey_settings_dialog.py" line="30" />
      <source>The pattern needs {seq}, for example {seq:04d}</source>
      <translation>编号规则必须包含 {seq}，例如 {seq:04d}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/survey_settings_dialog.py" line="31" />
      <source>{seq} needs a number format such as {seq:04d}</source>
      <translation>{seq} 需使用数字格式，例如 {seq:04d}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/survey_settings_dialog.py" line="47" />
      <source>Boundary marker settings</source>
      <translation>界桩参数设置</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/survey_settings_dialog.py" line="79" />
      <source>Kind of new markers</source>
      <translation>新建界桩类型</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/survey_settings_dialog.py" line="80" />
      <source>Snapping tolerance</source>
      <translation>捕捉容差</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/survey_settings_dialog.py" line="88" />
      <source>Design</source>
      <translation>设计</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/survey_settings_dialog.py" line="88" />
      <source>Checks</source>
      <translation>检查</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/survey_settings_dialog.py" line="88" />
      <source>Survey tool</source>
      <translation>勘界测量工具</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/survey_settings_dialog.py" line="112" />
      <source>Example: {}</source>
      <translation>示例：{}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/coordinate_table.py" line="146" />
      <source>coordinate table</source>
      <translation>界址点坐标成果表</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/marker_card.py" line="167" />
      <source>Notes: {}</source>
      <translation>备注：{}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/marker_card.py" line="232" />
      <source>marker card {}</source>
      <translation>点之记_{}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/check_dock.py" line="98" />
      <source>Check result</source>
      <translation>检查结果</translation>
    </message>
  </context>
</TS>