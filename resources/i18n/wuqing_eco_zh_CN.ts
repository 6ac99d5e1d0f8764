<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>@default</name>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/forms.py" line="53" />
      <source>Value must be one of the coded values</source>
      <translation>取值必须是代码表中的值</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/provider.py" line="25" />
      <source>Wuqing permanent protected ecological areas</source>
      <translation>武清区永久性保护生态区域</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="227" />
      <source>Violation records</source>
      <translation>违法违规记录</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="346" />
      <source>Boundary markers</source>
      <translation>界桩标志</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="346" />
      <source>Affected areas</source>
      <translation>违法影响范围</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/point_panel.py" line="23" />
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
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="138" />
      <source>Towns and streets</source>
      <translation>镇街</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="128" />
      <source>District boundary</source>
      <translation>区界</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="346" />
      <source>Case history</source>
      <translation>案件处理记录</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="86" />
      <source>Unique id</source>
      <translation>唯一标识</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/overlap_panel.py" line="33" />
      <source>Area (m²)</source>
      <translation>面积（平方米）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="96" />
      <source>Data status</source>
      <translation>数据状态</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="101" />
      <source>Last edited</source>
      <translation>最后编辑时间</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="105" />
      <source>Protected zones</source>
      <translation>保护区域</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="138" />
      <source>Name</source>
      <translation>名称</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="227" />
      <source>Zone type</source>
      <translation>区域类型</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="105" />
      <source>Line class</source>
      <translation>管控分级</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="105" />
      <source>Feature code</source>
      <translation>要素代码</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="105" />
      <source>Water-supply river or reservoir</source>
      <translation>供水河道/水库</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="302" />
      <source>Nature reserve</source>
      <translation>自然保护区</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="302" />
      <source>National ecological red line</source>
      <translation>国家生态保护红线</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="105" />
      <source>Road shelter belt</source>
      <translation>公路防护林带</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="105" />
      <source>Responsible department</source>
      <translation>责任部门</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="105" />
      <source>Legal basis</source>
      <translation>法律依据</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="273" />
      <source>Notes</source>
      <translation>备注</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="138" />
      <source>Administrative code</source>
      <translation>行政区划代码</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="138" />
      <source>Kind</source>
      <translation>类别</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="149" />
      <source>Approval document number</source>
      <translation>批复文号</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="149" />
      <source>Approval date</source>
      <translation>批复日期</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="149" />
      <source>Approving authority</source>
      <translation>批复机关</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="149" />
      <source>Project</source>
      <translation>项目名称</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="149" />
      <source>Planned land use</source>
      <translation>规划用途</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="167" />
      <source>Reference object 1</source>
      <translation>参照物1</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="167" />
      <source>Bearing 1 (°)</source>
      <translation>方位角1（°）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="167" />
      <source>Distance 1 (m)</source>
      <translation>距离1（米）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="167" />
      <source>Reference object 2</source>
      <translation>参照物2</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="167" />
      <source>Bearing 2 (°)</source>
      <translation>方位角2（°）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="167" />
      <source>Distance 2 (m)</source>
      <translation>距离2（米）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="167" />
      <source>Reference object 3</source>
      <translation>参照物3</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="167" />
      <source>Bearing 3 (°)</source>
      <translation>方位角3（°）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="167" />
      <source>Distance 3 (m)</source>
      <translation>距离3（米）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="185" />
      <source>Photo east</source>
      <translation>照片（东）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="185" />
      <source>Photo south</source>
      <translation>照片（南）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="185" />
      <source>Photo west</source>
      <translation>照片（西）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="185" />
      <source>Photo north</source>
      <translation>照片（北）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="185" />
      <source>Photo centre</source>
      <translation>照片（中心）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="193" />
      <source>Marker number</source>
      <translation>界桩编号</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="193" />
      <source>Engraved number</source>
      <translation>刻字编号</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="193" />
      <source>Zone</source>
      <translation>所属区域</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="193" />
      <source>Marker kind</source>
      <translation>标志类型</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="193" />
      <source>Material</source>
      <translation>材质</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="193" />
      <source>Sequence along the boundary</source>
      <translation>沿边界序号</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="193" />
      <source>X (north, m)</source>
      <translation>X（北，米）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="193" />
      <source>Y (east, m)</source>
      <translation>Y（东，米）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="193" />
      <source>Longitude (°)</source>
      <translation>经度（°）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="193" />
      <source>Latitude (°)</source>
      <translation>纬度（°）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="193" />
      <source>Elevation (m, 1985 datum)</source>
      <translation>高程（米，1985国家高程基准）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="193" />
      <source>Survey method</source>
      <translation>测量方法</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="193" />
      <source>Survey precision (m)</source>
      <translation>测量精度（米）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="193" />
      <source>Distance to boundary (m)</source>
      <translation>距边界距离（米）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="193" />
      <source>Survey date</source>
      <translation>测量日期</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="193" />
      <source>Surveyor</source>
      <translation>测量人</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="193" />
      <source>Burial date</source>
      <translation>埋设日期</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="193" />
      <source>Burial unit</source>
      <translation>埋设单位</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="193" />
      <source>Marker status</source>
      <translation>界桩状态</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="193" />
      <source>Last inspection</source>
      <translation>最近巡查日期</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="227" />
      <source>Record number</source>
      <translation>记录编号</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="227" />
      <source>Discovered at</source>
      <translation>发现时间</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="227" />
      <source>Source</source>
      <translation>线索来源</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="302" />
      <source>Linked zones</source>
      <translation>关联区域</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="302" />
      <source>Zone names</source>
      <translation>区域名称</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/overlap_panel.py" line="33" />
      <source>Line class (strictest)</source>
      <translation>管控分级（从严）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="227" />
      <source>Inside approved construction land</source>
      <translation>位于已批规划建设用地内</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="227" />
      <source>Outside every zone</source>
      <translation>不在任何保护区域内</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/point_panel.py" line="23" />
      <source>Town or street</source>
      <translation>所在镇街</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="227" />
      <source>Category</source>
      <translation>问题类别</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="227" />
      <source>Severity</source>
      <translation>严重程度</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="227" />
      <source>Reason for raised severity</source>
      <translation>提高严重程度的理由</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="227" />
      <source>Description</source>
      <translation>情况描述</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="227" />
      <source>Responsible party</source>
      <translation>责任主体</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="227" />
      <source>Reporter</source>
      <translation>举报人</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="227" />
      <source>Reporter contact</source>
      <translation>举报人联系方式</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="227" />
      <source>Evidence files</source>
      <translation>证据材料</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="227" />
      <source>Lead department</source>
      <translation>牵头部门</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="227" />
      <source>Other departments</source>
      <translation>协办部门</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="227" />
      <source>Nearest marker</source>
      <translation>最近界桩</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="227" />
      <source>Rectification deadline</source>
      <translation>整改期限</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="227" />
      <source>Status</source>
      <translation>办理状态</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="227" />
      <source>Handling proposal</source>
      <translation>处理建议</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="227" />
      <source>Penalty decision number</source>
      <translation>处罚决定书文号</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="227" />
      <source>Verified at</source>
      <translation>核查时间</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="227" />
      <source>Notified at</source>
      <translation>通报时间</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="227" />
      <source>Proposal at</source>
      <translation>提出建议时间</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="227" />
      <source>Rectification ordered at</source>
      <translation>责令整改时间</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="227" />
      <source>Re-inspected at</source>
      <translation>复查时间</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="227" />
      <source>Closed at</source>
      <translation>办结时间</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="227" />
      <source>Internal notes</source>
      <translation>内部备注</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="227" />
      <source>Recorded by</source>
      <translation>登记人</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="227" />
      <source>Recorded at</source>
      <translation>登记时间</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="283" />
      <source>Record</source>
      <translation>记录</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="283" />
      <source>Changed at</source>
      <translation>变更时间</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="283" />
      <source>Changed by</source>
      <translation>变更人</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="283" />
      <source>From status</source>
      <translation>原状态</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="283" />
      <source>To status</source>
      <translation>新状态</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="283" />
      <source>Note</source>
      <translation>说明</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/provider.py" line="22" />
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
      <location filename="../../wuqing_eco_plugin/services/demo.py" line="79" />
      <source>Illustrative sample data, not the legal boundary.</source>
      <translation>示意数据，非法定边界。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/demo.py" line="79" />
      <source>CGCS2000 / 3-degree Gauss-Krüger CM 117°E (EPSG:4548)</source>
      <translation>2000国家大地坐标系 3度带 中央经线117°E（EPSG:4548）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/overview.py" line="63" />
      <source>District overview</source>
      <translation>全区概览图</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/overview.py" line="86" />
      <source>Legend</source>
      <translation>图例</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/overview.py" line="100" />
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
      <location filename="../../wuqing_eco_plugin/services/report_pdf.py" line="188" />
      <source>Page {page} of {pages}</source>
      <translation>第 {page} 页，共 {pages} 页</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/report_pdf.py" line="221" />
      <source>Export failed ({code}): {path}</source>
      <translation>导出失败（{code}）：{path}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/analyze_overlaps.py" line="111" />
      <source>Overlaps (strictest rule)</source>
      <translation>重叠区（从严管控）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/overlap_panel.py" line="34" />
      <source>Number of zones</source>
      <translation>涉及区域数</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="302" />
      <source>Zone types</source>
      <translation>区域类型</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/overlap_panel.py" line="34" />
      <source>Departments involved</source>
      <translation>涉及部门</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/point_panel.py" line="23" />
      <source>Prohibited activities</source>
      <translation>禁止事项</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="302" />
      <source>Why this rule applies</source>
      <translation>适用依据</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="302" />
      <source>Water-supply ban</source>
      <translation>供水水源禁令</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="302" />
      <source>Zones of the strictest class</source>
      <translation>最严格管控区域</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="302" />
      <source>Summary</source>
      <translation>说明</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/overlap_panel.py" line="33" />
      <source>Area (ha)</source>
      <translation>面积（公顷）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/overlap_panel.py" line="33" />
      <source>Area (mu)</source>
      <translation>面积（亩）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="302" />
      <source>Analysed at</source>
      <translation>分析时间</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/analyze_overlaps.py" line="39" />
      <source>{layer} lacks the fields {fields}</source>
      <translation>{layer} 缺少字段 {fields}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/strict_rule_actions.py" line="85" />
      <source>Analyse overlaps (strictest rule)</source>
      <translation>重叠区分析（从严管控）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/screen_project.py" line="38" />
      <source>Analysis</source>
      <translation>分析</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/analyze_overlaps.py" line="61" />
      <source>Flattens the protected zones into pieces and keeps those covered by two or more zones (or every piece). Each piece carries the zones covering it, their types, the strictest line class (red if any covering zone is red), the departments involved, the union of the prohibited activities and its area in EPSG:4548. Pieces never overlap. Invalid geometries are repaired and reported; null geometries are reported and skipped.</source>
      <translation>将各保护区域切分为互不重叠的图斑，保留被两个及以上区域覆盖的图斑（或全部图斑）。每个图斑记录覆盖它的区域、区域类型、最严格的管控类别（任一覆盖区域为红线区即为红线区）、涉及部门、禁止事项并集及其在 EPSG:4548 下的面积。图斑之间互不重叠。无效几何图形自动修复并报告；空几何图形报告后跳过。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/screen_project.py" line="55" />
      <source>Protected zones (fields zone_type and line_class)</source>
      <translation>保护区域（须含字段 zone_type 和 line_class）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/analyze_overlaps.py" line="73" />
      <source>Every piece, not only overlaps</source>
      <translation>输出全部图斑（不仅重叠部分）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/analyze_overlaps.py" line="89" />
      <source>{n} zones read</source>
      <translation>已读取 {n} 个区域</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/analyze_overlaps.py" line="108" />
      <source>{n} pieces, {m2:.1f} m² ({ha:.4f} ha, {mu:.2f} mu); red {red:.1f} m², yellow {yellow:.1f} m²</source>
      <translation>共 {n} 个图斑，{m2:.1f} m²（{ha:.4f} 公顷，{mu:.2f} 亩）；其中红线区 {red:.1f} m²，黄线区 {yellow:.1f} m²</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/screen_project.py" line="35" />
      <source>Screen construction projects</source>
      <translation>建设项目筛查</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/screen_project.py" line="44" />
      <source>For each construction footprint: the area inside red-line zones, inside yellow-line zones (outside red) and inside approved construction land, all in EPSG:4548, and the verdict: prohibited (red area outside approved land), needs_approval (yellow area, nothing prohibited: needs the municipal government's consent), approved_land (the red area lies entirely in approved land) or clear, with the reason.</source>
      <translation>对每个建设项目用地范围，计算其位于红线区、黄线区（红线区以外部分）和已批规划建设用地内的面积（均按 EPSG:4548 计算），并给出结论及理由：prohibited（禁止：占用批准用地以外的红线区）、needs_approval（须经市人民政府审查同意：占用黄线区且无禁止部分）、approved_land（红线区部分全部位于已批规划建设用地内）或 clear（不涉及保护区域）。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/screen_project.py" line="59" />
      <source>Construction footprints</source>
      <translation>建设项目用地范围</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/screen_project.py" line="60" />
      <source>Screened footprints</source>
      <translation>筛查结果</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/overlap_analysis.py" line="51" />
      <source>{n} zones: {zones}</source>
      <translation>涉及 {n} 个区域：{zones}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/overlap_analysis.py" line="52" />
      <source>Effective class: {cls}</source>
      <translation>适用管控：{cls}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/screening.py" line="89" />
      <source>Departments: {depts}</source>
      <translation>责任部门：{depts}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/overlap_analysis.py" line="55" />
      <source>Prohibited: {cats}</source>
      <translation>禁止事项：{cats}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/overlap_analysis.py" line="117" />
      <source>the layer cannot be edited</source>
      <translation>图层无法编辑</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/screening_report.py" line="72" />
      <source>features were refused</source>
      <translation>要素未被接受</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/overlap_analysis.py" line="134" />
      <source>Overlap analysis (strictest rule)</source>
      <translation>重叠区分析（从严管控）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/polygon_input.py" line="48" />
      <source>Coordinate transformation failed: skipped</source>
      <translation>坐标转换失败，已跳过</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/polygon_input.py" line="50" />
      <source>Feature {fid}</source>
      <translation>要素 {fid}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/polygon_input.py" line="145" />
      <source>{n} zones have an unknown zone type or line class (expected codes such as river / red): {features}</source>
      <translation>{n} 个区域的区域类型或管控类别无法识别（应为 river、red 等代码或对应中文名称）：{features}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/screening.py" line="77" />
      <source>{m2:.1f} m² lie in red-line zones outside approved construction land ({zones}): construction unrelated to protection is prohibited there.</source>
      <translation>有 {m2:.1f} m² 位于已批规划建设用地以外的红线区内（{zones}）：红线区内禁止一切与保护无关的建设活动。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/screening.py" line="80" />
      <source>{m2:.1f} m² lie in yellow-line zones ({zones}): construction needs the review and consent of the municipal government.</source>
      <translation>有 {m2:.1f} m² 位于黄线区内（{zones}）：建设活动应当经市人民政府审查同意。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/screening.py" line="84" />
      <source>The {m2:.1f} m² in red-line zones ({zones}) lie entirely inside construction land approved by the municipal government ({numbers}).</source>
      <translation>位于红线区内的 {m2:.1f} m²（{zones}）全部在已经市人民政府批复和审定的规划建设用地内（{numbers}）。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/screening.py" line="87" />
      <source>The footprint lies outside every permanent protected ecological area.</source>
      <translation>该用地范围不涉及任何永久性保护生态区域。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/screening_report.py" line="60" />
      <source>Footprints</source>
      <translation>用地范围</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/screening_report.py" line="108" />
      <source>Screening of construction projects against the protected areas</source>
      <translation>建设项目永久性保护生态区域筛查摘要</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/screening_report.py" line="113" />
      <source>Screened on {date}; {n} footprints; areas in EPSG:4548 (CGCS2000 / 3-degree Gauss-Krüger CM 117°E)</source>
      <translation>筛查日期：{date}；用地范围 {n} 处；面积按 EPSG:4548（CGCS2000 / 3 度带高斯-克吕格投影，中央经线 117°E）计算</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/screening_report.py" line="115" />
      <source>Verdicts: {verdicts}</source>
      <translation>筛查结论：{verdicts}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/screening_report.py" line="119" />
      <source>Zones from: {source}</source>
      <translation>区域数据来源：{source}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/screening_panel.py" line="40" />
      <source>Footprint</source>
      <translation>用地范围</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/screening_panel.py" line="40" />
      <source>Verdict</source>
      <translation>结论</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/screening_report.py" line="124" />
      <source>Red (m²)</source>
      <translation>红线区（m²）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/screening_report.py" line="125" />
      <source>Yellow (m²)</source>
      <translation>黄线区（m²）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/screening_report.py" line="125" />
      <source>Approved (m²)</source>
      <translation>已批用地（m²）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/screening_panel.py" line="40" />
      <source>Reason</source>
      <translation>理由</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/screening_report.py" line="131" />
      <source>Screening summary: the zone data decide; check the legal boundary before approval.</source>
      <translation>筛查摘要：结论取决于所用区域数据，审批前请以法定边界为准。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/overlap_panel.py" line="22" />
      <source>{m2:,.1f} m² ({ha:,.4f} ha, {mu:,.2f} mu)</source>
      <translation>{m2:,.1f} m²（{ha:,.4f} 公顷，{mu:,.2f} 亩）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/overlap_panel.py" line="34" />
      <source>Zones</source>
      <translation>涉及区域</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/overlap_panel.py" line="96" />
      <source>No overlap analysis yet.</source>
      <translation>尚未进行重叠区分析。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/overlap_panel.py" line="98" />
      <source>Analyse overlaps</source>
      <translation>分析重叠区</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/overlap_panel.py" line="109" />
      <source>No place is covered by two or more zones.</source>
      <translation>没有被两个及以上区域同时覆盖的地方。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/overlap_panel.py" line="111" />
      <source>{n} overlaps, {area} in total; strictest class red: {red:,.1f} m², yellow only: {yellow:,.1f} m²</source>
      <translation>共 {n} 处重叠，合计 {area}；按红线区管控 {red:,.1f} m²，仅黄线区之间 {yellow:,.1f} m²</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/point_panel.py" line="62" />
      <source>Choose “What applies here?” and click on the map.</source>
      <translation>选择“此处适用什么规定？”后在地图上点击。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/screening_panel.py" line="37" />
      <source>Select footprints on a polygon layer or draw one, then screen them.</source>
      <translation>在面图层上选择建设项目用地范围，或直接绘制，然后进行筛查。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/screening_panel.py" line="40" />
      <source>Red-line zones (m²)</source>
      <translation>红线区（m²）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/screening_panel.py" line="40" />
      <source>Yellow-line zones (m²)</source>
      <translation>黄线区（m²）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/screening_panel.py" line="40" />
      <source>Approved land (m²)</source>
      <translation>已批用地（m²）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/screening_panel.py" line="48" />
      <source>Screen selected</source>
      <translation>筛查所选</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/screening_panel.py" line="49" />
      <source>Draw and screen</source>
      <translation>绘制并筛查</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/screening_panel.py" line="50" />
      <source>Export PDF summary…</source>
      <translation>导出 PDF 摘要…</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/screening_panel.py" line="78" />
      <source>Nothing screened.</source>
      <translation>尚未筛查。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/strict_rule_actions.py" line="85" />
      <source>Find every place covered by two or more zones and the strictest rule that applies there</source>
      <translation>找出被两个及以上区域同时覆盖的地方，以及该处适用的最严格管控要求</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/strict_rule_dock.py" line="28" />
      <source>What applies here?</source>
      <translation>此处适用什么规定？</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/strict_rule_actions.py" line="89" />
      <source>Click on the map: which zones, which rule, which departments</source>
      <translation>在地图上点击：查看所在区域、适用规定和责任部门</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/strict_rule_actions.py" line="94" />
      <source>Screen selected footprints</source>
      <translation>筛查所选用地范围</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/strict_rule_actions.py" line="94" />
      <source>Screen the selected polygons of the active layer against the red and yellow lines</source>
      <translation>将当前图层中选中的面要素与红线、黄线进行比对筛查</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/strict_rule_actions.py" line="98" />
      <source>Draw a footprint and screen it</source>
      <translation>绘制用地范围并筛查</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/strict_rule_actions.py" line="98" />
      <source>Click the corners of a construction footprint, right-click to finish</source>
      <translation>依次点击建设项目用地范围的拐点，右键结束</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/strict_rule_actions.py" line="126" />
      <source>No protected zones</source>
      <translation>没有保护区域</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/strict_rule_actions.py" line="126" />
      <source>Open the project data first (menu: Open or create project data…).</source>
      <translation>请先打开项目数据（菜单：打开/新建项目数据…）。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/strict_rule_actions.py" line="173" />
      <source>Overlap analysis</source>
      <translation>重叠区分析</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/strict_rule_actions.py" line="132" />
      <source>The analysis is running already.</source>
      <translation>分析正在进行中。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/strict_rule_actions.py" line="160" />
      <source>Cannot save the overlaps</source>
      <translation>无法保存重叠区</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/strict_rule_actions.py" line="163" />
      <source>{n} overlaps, {area} in total</source>
      <translation>共 {n} 处重叠，合计 {area}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/strict_rule_actions.py" line="165" />
      <source>{n} geometries repaired or skipped (see the log)</source>
      <translation>{n} 个几何图形已修复或跳过（详见日志）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/strict_rule_actions.py" line="171" />
      <source>Overlap analysis failed</source>
      <translation>重叠区分析失败</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/strict_rule_actions.py" line="173" />
      <source>The analysis was cancelled.</source>
      <translation>分析已取消。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/strict_rule_dock.py" line="29" />
      <source>Project screening</source>
      <translation>建设项目筛查</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/strict_rule_actions.py" line="233" />
      <source>Select construction footprints on a polygon layer first, or draw one.</source>
      <translation>请先在面图层上选择建设项目用地范围，或直接绘制。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/strict_rule_actions.py" line="247" />
      <source>{n} footprints without area were skipped.</source>
      <translation>已跳过 {n} 个无面积的用地范围。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/strict_rule_actions.py" line="264" />
      <source>Drawn footprint {n}</source>
      <translation>绘制的用地范围 {n}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/strict_rule_actions.py" line="267" />
      <source>The drawn footprint has no area.</source>
      <translation>绘制的用地范围没有面积。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/strict_rule_actions.py" line="279" />
      <source>screening.pdf</source>
      <translation>建设项目筛查摘要.pdf</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/strict_rule_actions.py" line="287" />
      <source>Cannot write the PDF</source>
      <translation>无法写入 PDF</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/strict_rule_actions.py" line="289" />
      <source>Summary written to {}</source>
      <translation>摘要已保存到 {}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/strict_rule_dock.py" line="21" />
      <source>Strictest rule (从严管控)</source>
      <translation>从严管控</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/strict_rule_dock.py" line="27" />
      <source>Overlaps</source>
      <translation>重叠区</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/strict_rule_dock.py" line="41" />
      <source>Save the screening summary</source>
      <translation>保存筛查摘要</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/strict_rule_dock.py" line="41" />
      <source>PDF (*.pdf)</source>
      <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/point_panel.py" line="23" />
      <source>Point</source>
      <translation>位置</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/point_panel.py" line="23" />
      <source>north</source>
      <translation>北</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/point_panel.py" line="23" />
      <source>east</source>
      <translation>东</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/point_panel.py" line="23" />
      <source>outside the district</source>
      <translation>区界以外</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/point_panel.py" line="23" />
      <source>Zones at this point</source>
      <translation>所在保护区域</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/point_panel.py" line="23" />
      <source>none</source>
      <translation>无</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/point_panel.py" line="23" />
      <source>Effective rule</source>
      <translation>适用管控</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/point_panel.py" line="23" />
      <source>Why</source>
      <translation>依据</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/point_panel.py" line="23" />
      <source>Responsible departments</source>
      <translation>责任部门</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/point_panel.py" line="23" />
      <source>yes</source>
      <translation>是</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/point_panel.py" line="23" />
      <source>no</source>
      <translation>否</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/screening_report.py" line="123" />
      <source>No.</source>
      <translation>序号</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/strict_rule_demo.py" line="51" />
      <source>Example A: inside approved land</source>
      <translation>示例甲：已批规划建设用地内</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/strict_rule_demo.py" line="52" />
      <source>Example B: in the nature reserve</source>
      <translation>示例乙：自然保护区内</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/strict_rule_demo.py" line="53" />
      <source>Example C: in a yellow band</source>
      <translation>示例丙：黄线区内</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/strict_rule_demo.py" line="54" />
      <source>Example D: open country</source>
      <translation>示例丁：保护区域以外</translation>
    </message>
  </context>
</TS>