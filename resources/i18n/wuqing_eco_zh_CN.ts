<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>@default</name>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/forms.py" line="75" />
      <source>Value must be one of the coded values</source>
      <translation>取值必须是代码表中的值</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/provider.py" line="40" />
      <source>Wuqing permanent protected ecological areas</source>
      <translation>武清区永久性保护生态区域</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/ledger/ledger_report.py" line="56" />
      <source>Violation records</source>
      <translation>违法违规记录</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/markers/marker_form.py" line="103" />
      <source>Boundary markers</source>
      <translation>界桩标志</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="394" />
      <source>Affected areas</source>
      <translation>违法影响范围</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/overlaps/point_panel.py" line="24" />
      <source>Approved construction land</source>
      <translation>已批规划建设用地</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/drawings/map_layers.py" line="115" />
      <source>Ecological red-line zones</source>
      <translation>生态保护红线区</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/drawings/map_layers.py" line="115" />
      <source>Ecological yellow-line zones</source>
      <translation>生态保护黄线区</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/field/dialogs.py" line="107" />
      <source>Towns and streets</source>
      <translation>镇街</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/drawings/map_layers.py" line="195" />
      <source>District boundary</source>
      <translation>区界</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="394" />
      <source>Case history</source>
      <translation>案件处理记录</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="48" />
      <source>Unique id</source>
      <translation>唯一标识</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/overlaps/overlap_panel.py" line="33" />
      <source>Area (m²)</source>
      <translation>面积（平方米）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="58" />
      <source>Data status</source>
      <translation>数据状态</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="63" />
      <source>Last edited</source>
      <translation>最后编辑时间</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/zone_input.py" line="183" />
      <source>Protected zones</source>
      <translation>保护区域</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/drawings/sheet.py" line="186" />
      <source>Name</source>
      <translation>名称</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/ledger/reports.py" line="180" />
      <source>Zone type</source>
      <translation>区域类型</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="72" />
      <source>Line class</source>
      <translation>管控分级</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="72" />
      <source>Feature code</source>
      <translation>要素代码</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="72" />
      <source>Water-supply river or reservoir</source>
      <translation>供水河道/水库</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="350" />
      <source>Nature reserve</source>
      <translation>自然保护区</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="350" />
      <source>National ecological red line</source>
      <translation>国家生态保护红线</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="72" />
      <source>Road shelter belt</source>
      <translation>公路防护林带</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="72" />
      <source>Responsible department</source>
      <translation>责任部门</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="72" />
      <source>Legal basis</source>
      <translation>法律依据</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="325" />
      <source>Notes</source>
      <translation>备注</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="107" />
      <source>Administrative code</source>
      <translation>行政区划代码</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/ledger/reports.py" line="98" />
      <source>Kind</source>
      <translation>类别</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="119" />
      <source>Approval document number</source>
      <translation>批复文号</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="119" />
      <source>Approval date</source>
      <translation>批复日期</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="119" />
      <source>Approving authority</source>
      <translation>批复机关</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="119" />
      <source>Project</source>
      <translation>项目名称</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="119" />
      <source>Planned land use</source>
      <translation>规划用途</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="138" />
      <source>Reference object 1</source>
      <translation>参照物1</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="138" />
      <source>Bearing 1 (°)</source>
      <translation>方位角1（°）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="138" />
      <source>Distance 1 (m)</source>
      <translation>距离1（米）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="138" />
      <source>Reference object 2</source>
      <translation>参照物2</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="138" />
      <source>Bearing 2 (°)</source>
      <translation>方位角2（°）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="138" />
      <source>Distance 2 (m)</source>
      <translation>距离2（米）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="138" />
      <source>Reference object 3</source>
      <translation>参照物3</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="138" />
      <source>Bearing 3 (°)</source>
      <translation>方位角3（°）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="138" />
      <source>Distance 3 (m)</source>
      <translation>距离3（米）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="156" />
      <source>Photo east</source>
      <translation>照片（东）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="156" />
      <source>Photo south</source>
      <translation>照片（南）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="156" />
      <source>Photo west</source>
      <translation>照片（西）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="156" />
      <source>Photo north</source>
      <translation>照片（北）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="156" />
      <source>Photo centre</source>
      <translation>照片（中心）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/markers/check_dock.py" line="100" />
      <source>Marker number</source>
      <translation>界桩编号</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="164" />
      <source>Engraved number</source>
      <translation>刻字编号</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/markers/check_dock.py" line="101" />
      <source>Zone</source>
      <translation>所属区域</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="164" />
      <source>Marker kind</source>
      <translation>标志类型</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="164" />
      <source>Material</source>
      <translation>材质</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="164" />
      <source>Sequence along the boundary</source>
      <translation>沿边界序号</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/markers/coordinate_table.py" line="97" />
      <source>X (north, m)</source>
      <translation>X（北，米）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/markers/coordinate_table.py" line="97" />
      <source>Y (east, m)</source>
      <translation>Y（东，米）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="164" />
      <source>Longitude (°)</source>
      <translation>经度（°）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="164" />
      <source>Latitude (°)</source>
      <translation>纬度（°）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="164" />
      <source>Elevation (m, 1985 datum)</source>
      <translation>高程（米，1985国家高程基准）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="164" />
      <source>Survey method</source>
      <translation>测量方法</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="164" />
      <source>Survey precision (m)</source>
      <translation>测量精度（米）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/markers/check_dock.py" line="100" />
      <source>Distance to boundary (m)</source>
      <translation>距边界距离（米）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="164" />
      <source>Survey date</source>
      <translation>测量日期</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/markers/survey_settings_dialog.py" line="105" />
      <source>Surveyor</source>
      <translation>测量人</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="164" />
      <source>Burial date</source>
      <translation>埋设日期</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="164" />
      <source>Burial unit</source>
      <translation>埋设单位</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/markers/coordinate_table.py" line="98" />
      <source>Marker status</source>
      <translation>界桩状态</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="164" />
      <source>Last inspection</source>
      <translation>最近巡查日期</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/ledger/model.py" line="27" />
      <source>Record number</source>
      <translation>记录编号</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/ledger/model.py" line="27" />
      <source>Discovered at</source>
      <translation>发现时间</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="233" />
      <source>Source</source>
      <translation>线索来源</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/ledger/model.py" line="27" />
      <source>Linked zones</source>
      <translation>关联区域</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/drawings/map_layers.py" line="140" />
      <source>Zone names</source>
      <translation>区域名称</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/overlaps/overlap_panel.py" line="33" />
      <source>Line class (strictest)</source>
      <translation>管控分级（从严）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="233" />
      <source>Inside approved construction land</source>
      <translation>位于已批规划建设用地内</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/ledger/model.py" line="126" />
      <source>Outside every zone</source>
      <translation>不在任何保护区域内</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/overlaps/point_panel.py" line="24" />
      <source>Town or street</source>
      <translation>所在镇街</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/ledger/model.py" line="27" />
      <source>Category</source>
      <translation>问题类别</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/ledger/model.py" line="27" />
      <source>Severity</source>
      <translation>严重程度</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="233" />
      <source>Reason for raised severity</source>
      <translation>提高严重程度的理由</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/ledger/emergency_report.py" line="102" />
      <source>Description</source>
      <translation>情况描述</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="233" />
      <source>Responsible party</source>
      <translation>责任主体</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="233" />
      <source>Reporter</source>
      <translation>举报人</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="233" />
      <source>Reporter contact</source>
      <translation>举报人联系方式</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="233" />
      <source>Evidence files</source>
      <translation>证据材料</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/ledger/model.py" line="27" />
      <source>Lead department</source>
      <translation>牵头部门</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="233" />
      <source>Other departments</source>
      <translation>协办部门</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="233" />
      <source>Nearest marker</source>
      <translation>最近界桩</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/ledger/model.py" line="27" />
      <source>Rectification deadline</source>
      <translation>整改期限</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/ledger/model.py" line="27" />
      <source>Status</source>
      <translation>办理状态</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="233" />
      <source>Handling proposal</source>
      <translation>处理建议</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="233" />
      <source>Penalty decision number</source>
      <translation>处罚决定书文号</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="233" />
      <source>Verified at</source>
      <translation>核查时间</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="233" />
      <source>Notified at</source>
      <translation>通报时间</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="233" />
      <source>Proposal at</source>
      <translation>提出建议时间</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="233" />
      <source>Rectification ordered at</source>
      <translation>责令整改时间</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="233" />
      <source>Re-inspected at</source>
      <translation>复查时间</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="233" />
      <source>Closed at</source>
      <translation>办结时间</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="233" />
      <source>Internal notes</source>
      <translation>内部备注</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/clues/clues_to_cases.py" line="73" />
      <source>Recorded by</source>
      <translation>登记人</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="233" />
      <source>Recorded at</source>
      <translation>登记时间</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="383" />
      <source>Record</source>
      <translation>记录</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="383" />
      <source>Changed at</source>
      <translation>变更时间</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="383" />
      <source>Changed by</source>
      <translation>变更人</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="303" />
      <source>From status</source>
      <translation>原状态</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="303" />
      <source>To status</source>
      <translation>新状态</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/ledger/emergency_dialog.py" line="107" />
      <source>Note</source>
      <translation>说明</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/provider.py" line="37" />
      <source>Wuqing Eco Protection</source>
      <translation>武清生态保护</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/project/feature.py" line="24" />
      <source>Open or create project data…</source>
      <translation>打开/新建项目数据…</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/project/feature.py" line="27" />
      <source>Load illustrative sample data…</source>
      <translation>加载示例数据（示意）…</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/project/feature.py" line="27" />
      <source>Write the illustrative Wuqing sample (not the legal boundary) and load it</source>
      <translation>生成武清区示例数据（示意，非法定边界）并加载</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/project/feature.py" line="59" />
      <source>Cannot open project data</source>
      <translation>无法打开项目数据</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/project/feature.py" line="62" />
      <source>Project data</source>
      <translation>项目数据</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/project/feature.py" line="62" />
      <source>Layers loaded from {}</source>
      <translation>已从 {} 加载图层</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/project/feature.py" line="78" />
      <source>Cannot write the sample data</source>
      <translation>无法生成示例数据</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/project/feature.py" line="81" />
      <source>Sample data</source>
      <translation>示例数据</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/project/feature.py" line="81" />
      <source>Illustrative sample written to {} (not the legal boundary)</source>
      <translation>示例数据已写入 {}（示意，非法定边界）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/project/create_geopackage.py" line="36" />
      <source>Create project GeoPackage</source>
      <translation>新建项目 GeoPackage</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/base.py" line="27" />
      <source>Data</source>
      <translation>数据</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/project/migrate_geopackage.py" line="31" />
      <source>GeoPackage</source>
      <translation>GeoPackage</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/data_dialogs.py" line="39" />
      <source>GeoPackage (*.gpkg)</source>
      <translation>GeoPackage 文件 (*.gpkg)</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/project/create_geopackage.py" line="49" />
      <source>Fill with the illustrative sample data</source>
      <translation>写入示例数据（示意）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/project/create_geopackage.py" line="51" />
      <source>Replace an existing file</source>
      <translation>替换已有文件</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/project/create_postgis.py" line="47" />
      <source>Tables</source>
      <translation>数据表</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/project/create_geopackage.py" line="65" />
      <source>The file exists already: {}</source>
      <translation>文件已存在：{}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/project/create_geopackage.py" line="84" />
      <source>{table}: {n} features</source>
      <translation>{table}：{n} 个要素</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/demo/run.py" line="82" />
      <source>Wuqing permanent protected ecological areas (illustrative sample)</source>
      <translation>武清区永久性保护生态区域（示例数据）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/demo/run.py" line="92" />
      <source>Wuqing District permanent protected ecological areas: red and yellow lines</source>
      <translation>武清区永久性保护生态区域红线黄线分布图</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/markers/coordinate_table.py" line="127" />
      <source>Illustrative sample data, not the legal boundary.</source>
      <translation>示意数据，非法定边界。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/drawings/sheet.py" line="94" />
      <source>CGCS2000 / 3-degree Gauss-Krüger CM 117°E (EPSG:4548)</source>
      <translation>2000国家大地坐标系 3度带 中央经线117°E（EPSG:4548）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/output/overview.py" line="63" />
      <source>District overview</source>
      <translation>全区概览图</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/drawings/sheet.py" line="96" />
      <source>Legend</source>
      <translation>图例</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/output/overview.py" line="89" />
      <source>km</source>
      <translation>千米</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/data_dialogs.py" line="33" />
      <source>Open or create project data</source>
      <translation>打开/新建项目数据</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/data_dialogs.py" line="39" />
      <source>Write the illustrative sample data to</source>
      <translation>示例数据保存到</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/data_dialogs.py" line="42" />
      <source>Replace file?</source>
      <translation>替换文件？</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/data_dialogs.py" line="42" />
      <source>{} exists already. Replace it with the sample data? Its contents will be lost.</source>
      <translation>{} 已存在。用示例数据替换吗？原有内容将丢失。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/plugin.py" line="62" />
      <source>Wu&amp;qing Eco Protection</source>
      <translation>武清生态保护(&amp;Q)</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/storage.py" line="416" />
      <source>missing tables: {}</source>
      <translation>缺少数据表：{}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/storage.py" line="418" />
      <source>table {table} lacks the fields {fields}</source>
      <translation>数据表 {table} 缺少字段 {fields}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/storage.py" line="420" />
      <source>table {table} is in {crs} instead of {expected}</source>
      <translation>数据表 {table} 的坐标系为 {crs}，应为 {expected}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/storage.py" line="422" />
      <source>This GeoPackage does not hold the plugin's data model</source>
      <translation>此 GeoPackage 不符合插件的数据模型</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/drawings/sheet.py" line="271" />
      <source>Page {page} of {pages}</source>
      <translation>第 {page} 页，共 {pages} 页</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/ledger/export_ledger.py" line="40" />
      <source>Export the case ledger</source>
      <translation>导出案件台账</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/ledger/feature.py" line="289" />
      <source>Case ledger</source>
      <translation>案件台账</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/ledger/export_ledger.py" line="43" />
      <source>Writes the violation records discovered in the chosen dates (all when none are given) to an XLSX or CSV file, by the file's extension, with column names and coded values in the user's language. For public disclosure, reporters' identity and contact, the names of responsible parties, staff names, evidence files and internal notes are left out, and masked wherever another text repeats them.</source>
      <translation>将所选日期内发现的违法违规记录（未选日期时为全部记录）按文件扩展名写入 XLSX 或 CSV 文件，列名和代码值使用用户界面语言。用于信息公开时，不输出举报人身份及联系方式、当事人名称、工作人员姓名、证据材料和内部备注，其他文字中重复出现的上述内容也一并屏蔽。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/ledger/export_ledger.py" line="52" />
      <source>Discovered from</source>
      <translation>发现日期自</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/ledger/export_ledger.py" line="52" />
      <source>Discovered until</source>
      <translation>发现日期至</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/ledger/export_ledger.py" line="55" />
      <source>For public disclosure (no personal data)</source>
      <translation>用于信息公开（不含个人信息）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/ledger/export_ledger.py" line="57" />
      <source>Ledger file</source>
      <translation>台账文件</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/ledger/reports_dialog.py" line="72" />
      <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
      <translation>Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/ledger/export_ledger.py" line="59" />
      <source>Records written</source>
      <translation>写出记录数</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/ledger/export_ledger.py" line="103" />
      <source>{n} of {total} records written to {path}</source>
      <translation>共 {total} 条记录，已将其中 {n} 条写入 {path}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/ledger/ledger_report.py" line="44" />
      <source>Ledger report (quarterly or annual)</source>
      <translation>台账报表（季度或年度）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/ledger/ledger_report.py" line="70" />
      <source>Year</source>
      <translation>年度</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/ledger/ledger_report.py" line="72" />
      <source>Quarter (0 = the whole year: annual assessment pack)</source>
      <translation>季度（0 = 全年：年度考核材料）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/ledger/reports_dialog.py" line="67" />
      <source>Output folder</source>
      <translation>输出文件夹</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/ledger/ledger_report.py" line="81" />
      <source>Excel workbook</source>
      <translation>Excel 工作簿</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/ledger/ledger_report.py" line="82" />
      <source>PDF</source>
      <translation>PDF</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/ledger/ledger_report.py" line="95" />
      <source>{} records read</source>
      <translation>已读取 {} 条记录</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/ledger/ledger_report.py" line="98" />
      <source>Measuring the red and yellow areas…</source>
      <translation>正在计算红线区和黄线区面积…</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/ledger/ledger_report.py" line="118" />
      <source>Written: {xlsx}, {pdf}</source>
      <translation>已写出：{xlsx}、{pdf}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/ledger/reports.py" line="95" />
      <source>Yes</source>
      <translation>是</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/ledger/record_dialog.py" line="105" />
      <source>No</source>
      <translation>否</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/ledger/export.py" line="64" />
      <source>Ledger (public)</source>
      <translation>台账（公开版）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/ledger/export.py" line="64" />
      <source>Ledger</source>
      <translation>台账</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/ledger/export.py" line="76" />
      <source>Choose a file ending in .xlsx or .csv, not {}</source>
      <translation>请选择扩展名为 .xlsx 或 .csv 的文件，而不是 {}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/ledger/export.py" line="78" />
      <source>The start date is after the end date</source>
      <translation>起始日期晚于截止日期</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/ledger/reports.py" line="59" />
      <source>New</source>
      <translation>新增</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/ledger/reports.py" line="191" />
      <source>In progress</source>
      <translation>办理中</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/ledger/reports.py" line="191" />
      <source>Closed</source>
      <translation>已办结</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/ledger/reports.py" line="191" />
      <source>Dismissed</source>
      <translation>不予立案</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/ledger/model.py" line="132" />
      <source>Overdue</source>
      <translation>逾期</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/ledger/reports.py" line="194" />
      <source>Total</source>
      <translation>合计</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/ledger/reports.py" line="83" />
      <source>Cases of the period</source>
      <translation>本期案件清单</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/ledger/reports.py" line="128" />
      <source>A case in overlapping zones is counted under each zone; the total counts it once.</source>
      <translation>位于重叠区域的案件在各相关区域分别计数，合计行只计一次。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/ledger/reports.py" line="123" />
      <source>By lead department</source>
      <translation>按牵头部门统计</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/ledger/reports.py" line="131" />
      <source>By category</source>
      <translation>按违法类别统计</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/ledger/reports.py" line="133" />
      <source>By protected zone</source>
      <translation>按保护区域统计</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/ledger/reports.py" line="135" />
      <source>By town or street</source>
      <translation>按镇街统计</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/ledger/record_dialog.py" line="91" />
      <source>Unknown</source>
      <translation>未知</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/ledger/reports.py" line="182" />
      <source>Red area (ha)</source>
      <translation>红线区面积（公顷）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/ledger/reports.py" line="159" />
      <source>Red area (mu)</source>
      <translation>红线区面积（亩）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/ledger/reports.py" line="182" />
      <source>Yellow area (ha)</source>
      <translation>黄线区面积（公顷）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/ledger/reports.py" line="159" />
      <source>Yellow area (mu)</source>
      <translation>黄线区面积（亩）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/ledger/reports.py" line="182" />
      <source>Total (ha)</source>
      <translation>合计（公顷）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/ledger/reports.py" line="160" />
      <source>Total (mu)</source>
      <translation>合计（亩）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/ledger/reports.py" line="163" />
      <source>Counted in more than one type</source>
      <translation>多种类型重复计算的面积</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/ledger/reports.py" line="166" />
      <source>Total (overlaps counted once)</source>
      <translation>合计（重叠部分只计一次）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/ledger/reports.py" line="174" />
      <source>Where zones overlap the strictest class counts (red before yellow). District area: {ha} ha; protected: {share} % of it.</source>
      <translation>区域重叠处按最严格的管控级别计算（红线区优先于黄线区）。全区面积 {ha} 公顷，其中永久性保护生态区域占 {share}%。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/ledger/reports.py" line="180" />
      <source>Area and composition by type</source>
      <translation>按区域类型统计的面积与构成</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/ledger/reports.py" line="180" />
      <source>Share (%)</source>
      <translation>占比（%）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/ledger/reports.py" line="182" />
      <source>Area by town or street</source>
      <translation>按镇街统计的面积</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/ledger/reports.py" line="182" />
      <source>Share of the town (%)</source>
      <translation>占镇街面积（%）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/ledger/reports.py" line="182" />
      <source>Share of the protected area (%)</source>
      <translation>占保护区域面积（%）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/ledger/reports.py" line="191" />
      <source>Referred to police</source>
      <translation>已移送公安</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/ledger/reports.py" line="198" />
      <source>Restoration or relocation completed</source>
      <translation>完成生态恢复或设施搬迁</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/ledger/reports.py" line="199" />
      <source>Estimated net points</source>
      <translation>估算净得分</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/ledger/reports.py" line="205" />
      <source>Cases by severity and outcome</source>
      <translation>按严重程度和办理结果统计的案件</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/ledger/reports.py" line="205" />
      <source>Cases discovered in the period, by their state at the cut-off.</source>
      <translation>本期发现的案件，按统计截止时的办理状态统计。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/ledger/reports.py" line="207" />
      <source>Estimated assessment points</source>
      <translation>考核扣分估算</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/ledger/reports.py" line="207" />
      <source>Item</source>
      <translation>项目</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/ledger/reports.py" line="207" />
      <source>Cases</source>
      <translation>案件数</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/ledger/reports.py" line="207" />
      <source>Points each</source>
      <translation>每件分值</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/ledger/reports.py" line="207" />
      <source>Points</source>
      <translation>分值</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/ledger/reports.py" line="274" />
      <source>Period: {start} to {end}</source>
      <translation>统计期间：{start} 至 {end}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/ledger/reports.py" line="275" />
      <source>Counted up to: {}</source>
      <translation>统计截至：{}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/ledger/reports.py" line="276" />
      <source>Compiled by the office of the leading group ({dept}) on {date}</source>
      <translation>编制单位：领导小组办公室（{dept}）　编制日期：{date}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/ledger/reports.py" line="280" />
      <source>Contains illustrative sample data: not real cases.</source>
      <translation>含示意数据：非真实案件。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/ledger/reports.py" line="311" />
      <source>Wuqing permanent protected ecological areas: work information, Q{quarter} {year}</source>
      <translation>武清区永久性保护生态区域{year}年第{quarter}季度工作信息报表</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/ledger/reports.py" line="319" />
      <source>Wuqing permanent protected ecological areas: annual assessment {year}</source>
      <translation>武清区永久性保护生态区域{year}年度考核材料</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/ledger/reports.py" line="320" />
      <source>For the district government, due by 15 September each year.</source>
      <translation>报送区人民政府，每年9月15日前报送。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/ledger/store.py" line="89" />
      <source>The record is not complete</source>
      <translation>记录信息不完整</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/ledger/store.py" line="135" />
      <source>Cannot copy {name}: {error}</source>
      <translation>无法复制 {name}：{error}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/ledger/store.py" line="180" />
      <source>No record {} in the ledger</source>
      <translation>台账中没有记录 {}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/ledger/store.py" line="152" />
      <source>This status change is not possible</source>
      <translation>无法进行该状态变更</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/ledger/feature.py" line="75" />
      <source>Record a violation</source>
      <translation>登记违法违规问题</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/ledger/feature.py" line="75" />
      <source>Click where the problem is, or Shift-click the corners of the affected area and right-click</source>
      <translation>在问题位置单击；或按住 Shift 依次单击影响范围的各个拐点，再单击右键结束</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/ledger/feature.py" line="80" />
      <source>Record a violation in the selected zone</source>
      <translation>在所选区域登记违法违规问题</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/ledger/feature.py" line="80" />
      <source>Record a violation linked to the selected zone feature(s)</source>
      <translation>登记与所选保护区域要素关联的违法违规问题</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/ledger/feature.py" line="82" />
      <source>Show the ledger of every case, with filters and counts</source>
      <translation>显示全部案件台账，可筛选并统计</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/ledger/feature.py" line="85" />
      <source>Ledger reports and export…</source>
      <translation>台账报表与导出…</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/ledger/feature.py" line="85" />
      <source>Quarterly report, annual assessment pack, ledger export (also for public disclosure)</source>
      <translation>季度报表、年度考核材料、台账导出（含信息公开版）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/ledger/feature.py" line="110" />
      <source>Save or discard your edits of {} first.</source>
      <translation>请先保存或放弃对 {} 的编辑。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/ledger/feature.py" line="172" />
      <source>Select a red or yellow zone on the map first.</source>
      <translation>请先在地图上选择红线区或黄线区要素。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/ledger/feature.py" line="198" />
      <source>Recorded as {}</source>
      <translation>已登记，编号 {}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/markers/export_dialog.py" line="44" />
      <source>All</source>
      <translation>全部</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/ledger/panel.py" line="54" />
      <source>Overdue only</source>
      <translation>仅逾期</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/ledger/panel.py" line="54" />
      <source>Not overdue</source>
      <translation>未逾期</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/ledger/panel.py" line="153" />
      <source>{total} cases · {open} open · {overdue} overdue · {closed} closed · {dismissed} dismissed · {shown} shown</source>
      <translation>共 {total} 件 · 办理中 {open} 件 · 逾期 {overdue} 件 · 已办结 {closed} 件 · 不予立案 {dismissed} 件 · 当前显示 {shown} 件</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/ledger/record_dialog.py" line="39" />
      <source>Attach photos or documents</source>
      <translation>添加照片或文件</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/ledger/record_dialog.py" line="39" />
      <source>Photos and documents (*.jpg *.jpeg *.png *.tif *.heic *.pdf *.doc *.docx *.xls *.xlsx);;All files (*)</source>
      <translation>照片和文件 (*.jpg *.jpeg *.png *.tif *.heic *.pdf *.doc *.docx *.xls *.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/ledger/record_dialog.py" line="78" />
      <source>X (north) {x:.2f} m, Y (east) {y:.2f} m, EPSG:4548</source>
      <translation>X（北）{x:.2f} 米，Y（东）{y:.2f} 米，EPSG:4548</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/ledger/record_dialog.py" line="80" />
      <source>Outside every protected zone</source>
      <translation>不在任何永久性保护生态区域内</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/ledger/record_dialog.py" line="89" />
      <source>Yes: {}</source>
      <translation>是：{}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/ledger/record_dialog.py" line="93" />
      <source>{number} ({distance:.1f} m away)</source>
      <translation>{number}（相距 {distance:.1f} 米）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/ledger/record_dialog.py" line="96" />
      <source>None within 2 km</source>
      <translation>2 公里内无界桩</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/ledger/record_dialog.py" line="102" />
      <source>— choose —</source>
      <translation>— 请选择 —</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/ledger/record_dialog.py" line="138" />
      <source>Lead: {lead}; also: {others}</source>
      <translation>牵头：{lead}；协办：{others}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/ledger/reports_dialog.py" line="37" />
      <source>Annual assessment pack (whole year)</source>
      <translation>年度考核材料（全年）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/ledger/reports_dialog.py" line="39" />
      <source>Quarter {}</source>
      <translation>第{}季度</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/ledger/reports_dialog.py" line="72" />
      <source>Export the ledger</source>
      <translation>导出台账</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/ledger/reports_dialog.py" line="86" />
      <source>The report could not be written: {}</source>
      <translation>报表未能写出：{}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/ledger/reports_dialog.py" line="88" />
      <source>Written: {xlsx} and {pdf}</source>
      <translation>已写出：{xlsx} 和 {pdf}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/ledger/reports_dialog.py" line="98" />
      <source>The ledger could not be exported: {}</source>
      <translation>台账未能导出：{}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/ledger/reports_dialog.py" line="100" />
      <source>{n} records written to {path}</source>
      <translation>已将 {n} 条记录写入 {path}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/ledger/status_dialog.py" line="72" />
      <source>{number} · now: {status}</source>
      <translation>{number} · 当前状态：{status}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/ledger/reports.py" line="200" />
      <source>Estimate after the municipal assessment scheme (津政办发〔2015〕83号): each case found in a protected zone in the period and not dismissed costs its severity's points; each A or B case closed after rectification (facility removed or site restored) earns {bonus}. Not the city's official score.</source>
      <translation>按《天津市永久性保护生态区域考核方案（试行）》（津政办发〔2015〕83号）估算：本期在保护区域内发现且未不予立案的案件按其严重程度扣分；A、B类案件经整改（拆除违法设施或恢复生态）办结的，每件加 {bonus} 分。仅供参考，不代替市级正式考核结果。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/drawings/export_review_drawings.py" line="62" />
      <source>Export red- and yellow-line review drawings</source>
      <translation>导出红线黄线审核图</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/base.py" line="31" />
      <source>Drawings</source>
      <translation>图纸</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/drawings/export_review_drawings.py" line="69" />
      <source>Writes one print-ready PDF per town (all towns when no names are given): the town's map with its red- and yellow-line zones, boundary markers, overlap pieces and approved construction land, a CGCS2000 grid, scale bar, north arrow, legend and locator map, the table of the zones in the town with their areas in hectares and mu, the marker coordinate table, and a title block with drawing number, version, date and signatures. manifest.json and manifest.csv list each file with its town, version, date and SHA-256. The QA gate can warn about or refuse towns whose zone geometry or marker checks fail.</source>
      <translation>为每个镇街输出一份可直接打印的 PDF（未指定名称时输出全部镇街）：本镇街地图，含红线区、黄线区、界桩、重叠区和已批规划建设用地，以及 CGCS2000 坐标格网、比例尺、指北针、图例和区位图；本镇街范围内生态保护区域一览表（面积以公顷和亩计）、界址点坐标成果表，以及含图号、版本、日期和签字栏的图签。manifest.json 和 manifest.csv 列出每个文件对应的镇街、版本、日期和 SHA-256 校验值。质量检查可对区域几何或界桩检查不合格的镇街给出警告或拒绝出图。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/drawings/export_review_drawings.py" line="79" />
      <source>Zones (name, zone_type, line_class)</source>
      <translation>保护区域（name、zone_type、line_class）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/drawings/export_review_drawings.py" line="80" />
      <source>Towns (name)</source>
      <translation>镇街（name）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/drawings/dialog.py" line="106" />
      <source>Overlap pieces</source>
      <translation>重叠区</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/drawings/export_review_drawings.py" line="86" />
      <source>Towns to export (names separated by commas; empty: all)</source>
      <translation>出图镇街（名称以逗号或顿号分隔；留空为全部）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/drawings/dialog.py" line="99" />
      <source>Page</source>
      <translation>图幅</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/drawings/dialog.py" line="100" />
      <source>Version</source>
      <translation>版本</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/drawings/export_review_drawings.py" line="94" />
      <source>Date (YYYY-MM-DD; empty: today)</source>
      <translation>日期（YYYY-MM-DD；留空为今天）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/drawings/export_review_drawings.py" line="96" />
      <source>Drawing number prefix (empty: WQ-HHX-&lt;year&gt;)</source>
      <translation>图号前缀（留空为 WQ-HHX-&lt;年份&gt;）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/drawings/dialog.py" line="104" />
      <source>QA gate</source>
      <translation>质量检查</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/drawings/export_review_drawings.py" line="101" />
      <source>Layout template (.qpt; empty: the plugin's for the page)</source>
      <translation>布局模板（.qpt；留空使用插件对应图幅的模板）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/drawings/export_review_drawings.py" line="104" />
      <source>Manifest</source>
      <translation>出图清单</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/drawings/export_review_drawings.py" line="105" />
      <source>Drawings written</source>
      <translation>已输出图纸数</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/drawings/export_review_drawings.py" line="106" />
      <source>Towns refused by the QA gate</source>
      <translation>未通过质量检查的镇街</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/drawings/export_review_drawings.py" line="123" />
      <source>Not a date (YYYY-MM-DD): {}</source>
      <translation>日期格式不正确（应为 YYYY-MM-DD）：{}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/drawings/export_review_drawings.py" line="147" />
      <source>{n} towns to export into {folder}</source>
      <translation>共 {n} 个镇街，输出到 {folder}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/drawings/export_review_drawings.py" line="155" />
      <source>Cancelled: the manifest lists the towns exported so far.</source>
      <translation>已取消：出图清单列出了已输出的镇街。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/drawings/data.py" line="147" />
      <source>The layer “{layer}” lacks the field(s) {fields}.</source>
      <translation>图层“{layer}”缺少字段 {fields}。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/drawings/data.py" line="155" />
      <source>{layer}: reprojected from {crs} to {target}</source>
      <translation>{layer}：已从 {crs} 转换到 {target}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/drawings/data.py" line="186" />
      <source>{layer}: feature {fid} has no geometry and is not drawn</source>
      <translation>{layer}：要素 {fid} 没有几何图形，未绘制</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/drawings/data.py" line="183" />
      <source>The layer “{layer}” must hold polygons.</source>
      <translation>图层“{layer}”必须是面图层。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/drawings/data.py" line="191" />
      <source>{layer} “{name}”: invalid geometry repaired ({reason})</source>
      <translation>{layer}“{name}”：几何无效，已修复（{reason}）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/drawings/data.py" line="212" />
      <source>{layer}: unknown {field} values: {values}. Allowed: {allowed}.</source>
      <translation>{layer}：{field} 取值无法识别：{values}。允许的取值：{allowed}。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/drawings/data.py" line="238" />
      <source>The towns layer “{layer}” has no features.</source>
      <translation>镇街图层“{layer}”没有要素。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/drawings/data.py" line="242" />
      <source>Town names must be present and unique; check: {names}</source>
      <translation>镇街名称不能为空且不能重复，请检查：{names}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/drawings/export.py" line="41" />
      <source>Marker {no}: {status}</source>
      <translation>界桩 {no}：{status}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/drawings/export.py" line="44" />
      <source>Marker {no}: survey check {result} ({distance} m from the boundary)</source>
      <translation>界桩 {no}：测量检查{result}（距边界 {distance} 米）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/drawings/export.py" line="47" />
      <source>Town boundary {name}: invalid geometry ({reason})</source>
      <translation>镇街界线 {name}：几何无效（{reason}）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/drawings/export.py" line="49" />
      <source>Zone {name}: invalid geometry ({reason})</source>
      <translation>保护区域 {name}：几何无效（{reason}）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/drawings/export.py" line="98" />
      <source>{town}: not exported, the checks failed</source>
      <translation>{town}：检查未通过，未出图</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/drawings/dialog.py" line="51" />
      <source>Red- and yellow-line review drawings</source>
      <translation>红线黄线审核图</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/drawings/map_layers.py" line="191" />
      <source>Town boundary</source>
      <translation>镇街界线</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/drawings/map_layers.py" line="195" />
      <source>Outside the town</source>
      <translation>本镇（街）以外</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/drawings/plan.py" line="42" />
      <source>Unknown page format: {}</source>
      <translation>未知图幅：{}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/drawings/plan.py" line="44" />
      <source>Unknown QA mode: {}</source>
      <translation>未知质量检查方式：{}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/drawings/plan.py" line="76" />
      <source>No town called {names}. Towns: {known}</source>
      <translation>没有名为 {names} 的镇街。现有镇街：{known}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/drawings/sheet.py" line="60" />
      <source>Wuqing protected ecological areas: red/yellow-line review drawing</source>
      <translation>武清区永久性保护生态区域红线黄线审核图</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/drawings/sheet.py" line="85" />
      <source>Issued by</source>
      <translation>出图单位</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/drawings/sheet.py" line="86" />
      <source>Drawing no.</source>
      <translation>图号</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/drawings/dialog.py" line="101" />
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/drawings/sheet.py" line="89" />
      <source>Scale</source>
      <translation>比例尺</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/drawings/sheet.py" line="91" />
      <source>Sheet</source>
      <translation>页码</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/drawings/sheet.py" line="93" />
      <source>Coordinates</source>
      <translation>坐标系</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/drawings/sheet.py" line="95" />
      <source>Drawn by</source>
      <translation>制图</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/drawings/sheet.py" line="95" />
      <source>Checked by</source>
      <translation>审核</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/drawings/sheet.py" line="95" />
      <source>Approved by</source>
      <translation>批准</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/drawings/sheet.py" line="96" />
      <source>Location in the district</source>
      <translation>区位图</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/drawings/sheet.py" line="285" />
      <source>Protected zones in this town</source>
      <translation>本镇（街）永久性保护生态区域</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/drawings/sheet.py" line="98" />
      <source>Areas inside the town boundary, planimetric in EPSG:4548; 1 mu = {mu} m². Totals count overlaps once, under the stricter class.</source>
      <translation>面积为本镇（街）界线内的平面面积（EPSG:4548），1 亩 = {mu} 平方米。合计中重叠部分只计一次，按较严格的类别计。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/drawings/sheet.py" line="109" />
      <source>No protected zone in this town</source>
      <translation>本镇（街）无永久性保护生态区域</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/drawings/sheet.py" line="111" />
      <source>Total {line_class}</source>
      <translation>{line_class}合计</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/drawings/sheet.py" line="118" />
      <source>Point</source>
      <translation>点号</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/drawings/sheet.py" line="118" />
      <source>Edge (m)</source>
      <translation>边长（米）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/overlaps/screening_report.py" line="125" />
      <source>No.</source>
      <translation>序号</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/drawings/sheet.py" line="186" />
      <source>Type</source>
      <translation>类型</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/drawings/sheet.py" line="186" />
      <source>Class</source>
      <translation>类别</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/drawings/sheet.py" line="186" />
      <source>Hectares</source>
      <translation>公顷</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/drawings/sheet.py" line="186" />
      <source>Mu</source>
      <translation>亩</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/drawings/sheet.py" line="285" />
      <source>{name} (continued)</source>
      <translation>{name}（续）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/drawings/sheet.py" line="271" />
      <source>Drawing no. {number}</source>
      <translation>图号 {number}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/drawings/sheet.py" line="291" />
      <source>Boundary marker coordinates</source>
      <translation>界址点坐标成果表</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/drawings/sheet.py" line="292" />
      <source>CGCS2000 / 3-degree Gauss-Krüger CM 117°E (EPSG:4548); X is the northing, Y the easting; edge: distance to the next post along the boundary.</source>
      <translation>2000国家大地坐标系 3度带 中央经线117°E（EPSG:4548）；X 为北坐标，Y 为东坐标；边长为沿边界至下一界桩的距离。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/drawings/sheet.py" line="318" />
      <source>Continued on the following page.</source>
      <translation>续表见后页。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/drawings/task.py" line="64" />
      <source>Review drawings: {n} towns</source>
      <translation>红线黄线审核图：{n} 个镇街</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/drawings/template.py" line="377" />
      <source>Cannot read the layout template {path}: {error}</source>
      <translation>无法读取布局模板 {path}：{error}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/drawings/template.py" line="389" />
      <source>The layout template lacks the item(s) {ids}</source>
      <translation>布局模板缺少图面要素 {ids}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/drawings/feature.py" line="30" />
      <source>Export review drawings…</source>
      <translation>导出红线黄线审核图…</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/drawings/feature.py" line="30" />
      <source>One print-ready PDF per town with its red- and yellow-line zones, for the town governments</source>
      <translation>为各镇政府、街道办事处每个镇街输出一份可打印的红线黄线审核图（PDF）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/drawings/feature.py" line="118" />
      <source>Review drawings</source>
      <translation>红线黄线审核图</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/drawings/feature.py" line="95" />
      <source>{n} drawings written to {folder}; manifest: {manifest}</source>
      <translation>已输出 {n} 份图纸到 {folder}；出图清单：{manifest}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/drawings/feature.py" line="99" />
      <source>Refused by the QA gate: {towns}</source>
      <translation>未通过质量检查、未出图：{towns}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/drawings/feature.py" line="103" />
      <source>Cancelled.</source>
      <translation>已取消。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/markers/export_dialog.py" line="44" />
      <source>None</source>
      <translation>全不选</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/drawings/dialog.py" line="102" />
      <source>Drawing number prefix</source>
      <translation>图号前缀</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/drawings/dialog.py" line="131" />
      <source>Close</source>
      <translation>关闭</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/field/dialogs.py" line="113" />
      <source>Export</source>
      <translation>导出</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/drawings/dialog.py" line="135" />
      <source>Cancel export</source>
      <translation>取消导出</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/drawings/dialog.py" line="189" />
      <source>{n} of {total} chosen</source>
      <translation>已选 {n} / {total}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/drawings/dialog.py" line="211" />
      <source>{done} of {total}: {town}</source>
      <translation>{done} / {total}：{town}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="394" />
      <source>Marker history</source>
      <translation>界桩变更记录</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="164" />
      <source>Y (east, with zone prefix 39, m)</source>
      <translation>Y（东，含39带号，米）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="215" />
      <source>Marker</source>
      <translation>界桩</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="215" />
      <source>Old X (north, m)</source>
      <translation>原X（北，米）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="215" />
      <source>Old Y (east, m)</source>
      <translation>原Y（东，米）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="215" />
      <source>New X (north, m)</source>
      <translation>新X（北，米）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="215" />
      <source>New Y (east, m)</source>
      <translation>新Y（东，米）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="215" />
      <source>Moved by (m)</source>
      <translation>移动距离（米）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/markers/check_dialog.py" line="27" />
      <source>Check boundary markers</source>
      <translation>界桩检查</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/markers/check_markers.py" line="57" />
      <source>For each marker: the distance to the nearest zone boundary (deviation_m) and, when designed markers are given, the distance to the designed marker of the same number (offset_m). The status is ok up to the warning distance, warning up to the tolerance and fail beyond, from the larger of the two. Issues: stretches of boundary longer than the spacing without a marker, corners turning more than the angle without a marker, duplicate numbers, designed markers not surveyed and surveyed points without a design.</source>
      <translation>逐个界桩计算：到最近区域边界的距离（deviation_m），给定设计界桩时还计算到同编号设计界桩的距离（offset_m）。取两者中较大者判定：不超过警告距离为“合格”，不超过限差为“警告”，超过限差为“超限”。边界问题包括：超过最大间距而无界桩的边界段、转角超过设定角度而无界桩的拐点、重复编号、未测量的设计界桩以及无对应设计界桩的测量点。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/markers/design_markers.py" line="55" />
      <source>Zones (polygons with zone_uid)</source>
      <translation>保护区域（含 zone_uid 的面图层）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/markers/check_markers.py" line="67" />
      <source>Markers to check (points with marker_no)</source>
      <translation>待检查界桩（含 marker_no 的点图层）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/markers/check_markers.py" line="75" />
      <source>Designed markers (points with marker_no)</source>
      <translation>设计界桩（含 marker_no 的点图层）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/markers/check_markers.py" line="80" />
      <source>Warning above (m)</source>
      <translation>警告阈值（米）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/markers/check_markers.py" line="82" />
      <source>Tolerance: fail above (m)</source>
      <translation>限差：超过即超限（米）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/markers/design_markers.py" line="57" />
      <source>Maximum spacing along the boundary (m)</source>
      <translation>沿边界最大间距（米）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/markers/design_markers.py" line="60" />
      <source>Turning angle that needs a marker (degrees)</source>
      <translation>需设界桩的转角（度）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/markers/checks.py" line="80" />
      <source>Marker check results</source>
      <translation>界桩检查结果</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/markers/checks.py" line="82" />
      <source>Marker check issues</source>
      <translation>界桩边界问题</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/markers/check_markers.py" line="95" />
      <source>Markers ok</source>
      <translation>合格界桩数</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/markers/check_markers.py" line="95" />
      <source>Markers with a warning</source>
      <translation>警告界桩数</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/markers/check_markers.py" line="95" />
      <source>Markers failing</source>
      <translation>超限界桩数</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/markers/check_dock.py" line="59" />
      <source>Boundary issues</source>
      <translation>边界问题</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/markers/survey_settings_dialog.py" line="68" />
      <source>The warning distance must not exceed the tolerance</source>
      <translation>警告距离不能大于限差</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/markers/check_markers.py" line="111" />
      <source>{n} markers without a point were left out</source>
      <translation>{n} 个界桩没有点位，未参与检查</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/markers/design_dialog.py" line="33" />
      <source>Design boundary markers</source>
      <translation>界桩设计</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/markers/design_markers.py" line="47" />
      <source>Places designed boundary markers on every ring of each zone: at the north-western-most vertex, at every vertex turning more than the angle, at every crossing with the given roads, railways or watercourses, and in between so that consecutive markers along the ring are never further apart than the maximum spacing. Markers are numbered clockwise from the north-western-most vertex with the pattern (default 120114-&lt;type&gt;-&lt;feature&gt;-NNNN); signboards at crossings, when asked for, are numbered in their own series.</source>
      <translation>在每个区域的每条边界环上布设设计界桩：最西北端的节点、转角大于设定角度的每个拐点、与给定道路、铁路或水系的每个交叉处，并在其间加密，使沿边界相邻界桩的间距不超过最大间距。界桩按编号规则（默认 120114-&lt;类型&gt;-&lt;要素&gt;-NNNN）自最西北端节点起顺时针编号；如选择在交叉处设置标识牌，标识牌单独编号。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/markers/design_markers.py" line="70" />
      <source>Roads, railways and watercourses (lines)</source>
      <translation>道路、铁路和水系（线图层）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/markers/survey_settings_dialog.py" line="92" />
      <source>Also place signboards at crossings</source>
      <translation>在交叉处同时设置标识牌</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/markers/survey_settings_dialog.py" line="99" />
      <source>Numbering pattern</source>
      <translation>编号规则</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/markers/design_markers.py" line="78" />
      <source>Designed markers</source>
      <translation>设计界桩</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/markers/design_markers.py" line="80" />
      <source>Number of markers</source>
      <translation>界桩数量</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/markers/design_markers.py" line="90" />
      <source>The numbering pattern needs {seq} and may use only {type}, {feature} and {seq}</source>
      <translation>编号规则必须包含 {seq}，且只能使用 {type}、{feature} 和 {seq}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/markers/design_markers.py" line="111" />
      <source>{n} markers on {z} zones</source>
      <translation>{z} 个区域共 {n} 个界桩</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/markers/csv_import_dialog.py" line="53" />
      <source>Import field survey CSV</source>
      <translation>导入外业测量CSV</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/markers/import_survey_csv.py" line="44" />
      <source>Reads an RTK/GNSS survey file (UTF-8 or GBK; comma, tab, semicolon or space separated). X is the northing and Y the easting, as Chinese surveyors write them; Y may carry the zone prefix 39 or not. For longitude/latitude choose a geographic CRS (EPSG:4490) and give the latitude column as X and the longitude column as Y. Swapped X/Y are detected, put right and reported; points outside Wuqing are kept, flagged and reported. The output keeps every column of the file and adds marker_no (from the point number column), x_north, y_east, elevation_m, placement and csv_line.</source>
      <translation>读取RTK/GNSS测量成果文件（UTF-8或GBK编码；以逗号、制表符、分号或空格分隔）。按测量习惯，X为北坐标、Y为东坐标；Y可带或不带39带号。经纬度文件请选择地理坐标系（EPSG:4490），并以纬度列作X、经度列作Y。可检测X/Y互换，自动纠正并提示；武清区范围以外的点予以保留、标记并提示。输出保留文件的全部列，并增加 marker_no（取自点号列）、x_north、y_east、elevation_m、placement 和 csv_line。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/markers/import_survey_csv.py" line="53" />
      <source>Survey file (CSV)</source>
      <translation>测量成果文件（CSV）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/markers/csv_import_dialog.py" line="57" />
      <source>Survey files (*.csv *.txt *.dat);;All files (*)</source>
      <translation>测量成果文件 (*.csv *.txt *.dat);;所有文件 (*)</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/markers/import_survey_csv.py" line="55" />
      <source>X column (northing, or latitude)</source>
      <translation>X列（北坐标或纬度）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/markers/import_survey_csv.py" line="56" />
      <source>Y column (easting, or longitude)</source>
      <translation>Y列（东坐标或经度）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/markers/import_survey_csv.py" line="59" />
      <source>Coordinate system of the file</source>
      <translation>文件坐标系</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/markers/import_survey_csv.py" line="61" />
      <source>Point number column</source>
      <translation>点号列</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/markers/import_survey_csv.py" line="62" />
      <source>Height column</source>
      <translation>高程列</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/markers/import_survey_csv.py" line="63" />
      <source>Surveyed points</source>
      <translation>实测点</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/markers/import_survey_csv.py" line="65" />
      <source>Number of points</source>
      <translation>点数</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/markers/import_survey_csv.py" line="66" />
      <source>Axis order found</source>
      <translation>坐标轴顺序判断</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/markers/import_survey_csv.py" line="73" />
      <source>Cannot read {path}: {error}</source>
      <translation>无法读取 {path}：{error}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/markers/import_survey_csv.py" line="84" />
      <source>The coordinate system is not valid</source>
      <translation>坐标系无效</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/markers/import_survey_csv.py" line="89" />
      <source>The file has no column {missing}; its columns are: {columns}</source>
      <translation>文件中没有列 {missing}；现有列为：{columns}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/zones_input.py" line="40" />
      <source>The layer {layer} has no field {field}</source>
      <translation>图层 {layer} 缺少字段 {field}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/zones_input.py" line="84" />
      <source>{n} zones without zone_uid were left out</source>
      <translation>{n} 个区域缺少 zone_uid，未处理</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/markers/coordinate_table.py" line="29" />
      <source>CGCS2000 / 3-degree Gauss-Krüger zone 39, CM 117°E (EPSG:4548)</source>
      <translation>CGCS2000 / 3度带高斯-克吕格投影 39带，中央经线117°E（EPSG:4548）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/markers/coordinate_table.py" line="82" />
      <source>Part {n}, outer boundary</source>
      <translation>第{n}部分 外边界</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/markers/coordinate_table.py" line="83" />
      <source>Part {n}, inner boundary {k}</source>
      <translation>第{n}部分 内边界{k}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/markers/coordinate_table.py" line="97" />
      <source>Distance to next (m)</source>
      <translation>至下一点距离（米）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/markers/coordinate_table.py" line="98" />
      <source>Boundary ring</source>
      <translation>边界环</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/markers/coordinate_table.py" line="117" />
      <source>Coordinate results table of boundary markers</source>
      <translation>界址点坐标成果表</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/markers/coordinate_table.py" line="119" />
      <source>Zone: {}</source>
      <translation>区域：{}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/markers/coordinate_table.py" line="120" />
      <source>Coordinate system: {}; X is the northing, Y the easting (without the zone prefix 39)</source>
      <translation>坐标系：{}；X为北坐标，Y为东坐标（不含39带号）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/markers/coordinate_table.py" line="122" />
      <source>Boundary markers: {n}; boundary length {length:.1f} m; date: {date}</source>
      <translation>界址点数：{n}；边界长度 {length:.1f} 米；日期：{date}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/markers/coordinate_table.py" line="135" />
      <source>No boundary markers</source>
      <translation>无界址点</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/markers/coordinate_table.py" line="151" />
      <source>coordinate table</source>
      <translation>界址点坐标成果表</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/markers/card.py" line="160" />
      <source>Reference objects</source>
      <translation>参照物</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/markers/card.py" line="135" />
      <source>Marker card {}</source>
      <translation>点之记 {}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/markers/card.py" line="137" />
      <source>Boundary marker registration card</source>
      <translation>界桩点之记</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/markers/card.py" line="157" />
      <source>Sketch map</source>
      <translation>位置略图</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/markers/card.py" line="161" />
      <source>None recorded</source>
      <translation>未记录</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/markers/card.py" line="162" />
      <source>Object</source>
      <translation>参照物</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/markers/card.py" line="162" />
      <source>Bearing (°)</source>
      <translation>方位角（°）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/markers/card.py" line="162" />
      <source>Distance (m)</source>
      <translation>距离（米）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/markers/card.py" line="167" />
      <source>Notes: {}</source>
      <translation>备注：{}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/markers/card.py" line="169" />
      <source>Made on {date}</source>
      <translation>制表日期：{date}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/markers/survey_settings_dialog.py" line="46" />
      <source>m</source>
      <translation>米</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/markers/card.py" line="182" />
      <source>Photos</source>
      <translation>照片</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/markers/card.py" line="194" />
      <source>No photos on record</source>
      <translation>无照片</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/markers/card.py" line="220" />
      <source>marker card {}</source>
      <translation>点之记_{}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/markers/checks.py" line="89" />
      <source>{ok} ok, {warning} warning, {fail} fail; {issues} boundary issues</source>
      <translation>合格 {ok} 个，警告 {warning} 个，超限 {fail} 个；边界问题 {issues} 处</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/demo/markers.py" line="95" />
      <source>Field survey (sample)</source>
      <translation>外业实测点（示例）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/markers/feature.py" line="325" />
      <source>Surveyed position from {}</source>
      <translation>实测坐标，来自 {}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/markers/survey_import.py" line="106" />
      <source>{n} points read from a {enc} file</source>
      <translation>从{enc}编码文件读取 {n} 个点</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/markers/survey_import.py" line="109" />
      <source>X and Y are swapped in every row (X must be the northing): the points were placed with the two columns exchanged</source>
      <translation>所有行的X与Y均互换（X应为北坐标）：已按交换后的两列定位</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/markers/survey_import.py" line="112" />
      <source>X and Y are swapped on lines {lines}: placed with the two exchanged</source>
      <translation>第 {lines} 行的X与Y互换：已交换后定位</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/markers/survey_import.py" line="115" />
      <source>Lines {lines} lie outside Wuqing: check the columns, the zone prefix and the coordinate system</source>
      <translation>第 {lines} 行位于武清区范围以外：请检查列对应关系、带号和坐标系</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/markers/survey_import.py" line="118" />
      <source>Lines {lines} have no readable coordinates and were left out</source>
      <translation>第 {lines} 行没有可读的坐标，未导入</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/markers/check_dialog.py" line="42" />
      <source>Markers to check</source>
      <translation>待检查界桩</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/markers/check_dialog.py" line="43" />
      <source>Marker number field</source>
      <translation>界桩编号字段</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/markers/check_dialog.py" line="44" />
      <source>Designed markers (optional)</source>
      <translation>设计界桩（可选）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/markers/survey_settings_dialog.py" line="102" />
      <source>Warning above</source>
      <translation>警告阈值</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/markers/survey_settings_dialog.py" line="103" />
      <source>Tolerance: fail above</source>
      <translation>限差（超过即超限）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/markers/survey_settings_dialog.py" line="96" />
      <source>Maximum spacing along the boundary</source>
      <translation>沿边界最大间距</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/markers/survey_settings_dialog.py" line="97" />
      <source>Turning angle that needs a marker</source>
      <translation>需设界桩的转角</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/markers/check_dialog.py" line="75" />
      <source>Choose the markers to check</source>
      <translation>请选择待检查的界桩图层</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/markers/check_dialog.py" line="77" />
      <source>Choose the field holding the marker numbers</source>
      <translation>请选择界桩编号字段</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/markers/check_dock.py" line="49" />
      <source>Marker checks</source>
      <translation>界桩检查</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/markers/check_dock.py" line="59" />
      <source>Warnings and failures</source>
      <translation>警告和超限</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/markers/check_dock.py" line="59" />
      <source>All markers</source>
      <translation>全部界桩</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/markers/check_dock.py" line="59" />
      <source>Fail</source>
      <translation>超限</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/markers/check_dock.py" line="59" />
      <source>Warning</source>
      <translation>警告</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/markers/check_dock.py" line="59" />
      <source>OK</source>
      <translation>合格</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/markers/check_dock.py" line="67" />
      <source>Apply surveyed positions (ok and warning)</source>
      <translation>采用实测坐标（合格和警告）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/markers/check_dock.py" line="94" />
      <source>Issue</source>
      <translation>问题</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/markers/check_dock.py" line="94" />
      <source>Value</source>
      <translation>数值</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/markers/check_dock.py" line="100" />
      <source>Check result</source>
      <translation>检查结果</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/markers/check_dock.py" line="101" />
      <source>Offset from design (m)</source>
      <translation>距设计位置（米）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/markers/csv_import_dialog.py" line="61" />
      <source>X/Y in CGCS2000 zone 39 (with or without the prefix 39)</source>
      <translation>CGCS2000 39带X/Y（带或不带39带号）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/markers/csv_import_dialog.py" line="61" />
      <source>Longitude/latitude (CGCS2000)</source>
      <translation>经纬度（CGCS2000）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/markers/csv_import_dialog.py" line="61" />
      <source>Other coordinate system</source>
      <translation>其他坐标系</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/markers/csv_import_dialog.py" line="71" />
      <source>Swap X and Y</source>
      <translation>交换X和Y</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/markers/csv_import_dialog.py" line="77" />
      <source>Survey file</source>
      <translation>测量成果文件</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/markers/csv_import_dialog.py" line="81" />
      <source>Point number</source>
      <translation>点号</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/markers/csv_import_dialog.py" line="84" />
      <source>Height</source>
      <translation>高程</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/markers/csv_import_dialog.py" line="134" />
      <source>Cannot read the file: {}</source>
      <translation>无法读取文件：{}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/markers/csv_import_dialog.py" line="139" />
      <source>comma</source>
      <translation>逗号</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/markers/csv_import_dialog.py" line="139" />
      <source>tab</source>
      <translation>制表符</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/markers/csv_import_dialog.py" line="139" />
      <source>semicolon</source>
      <translation>分号</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/markers/csv_import_dialog.py" line="139" />
      <source>spaces</source>
      <translation>空格</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/markers/csv_import_dialog.py" line="140" />
      <source>{enc}, separated by {sep}, {n} rows{header}</source>
      <translation>{enc}编码，以{sep}分隔，共 {n} 行{header}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/markers/csv_import_dialog.py" line="140" />
      <source>, no header row</source>
      <translation>，无表头行</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/markers/csv_import_dialog.py" line="159" />
      <source>(none)</source>
      <translation>（无）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/markers/csv_import_dialog.py" line="159" />
      <source>(choose a column)</source>
      <translation>（请选择列）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/markers/csv_import_dialog.py" line="180" />
      <source>Latitude</source>
      <translation>纬度</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/markers/csv_import_dialog.py" line="180" />
      <source>X (northing)</source>
      <translation>X（北坐标）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/markers/csv_import_dialog.py" line="181" />
      <source>Longitude</source>
      <translation>经度</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/markers/csv_import_dialog.py" line="181" />
      <source>Y (easting)</source>
      <translation>Y（东坐标）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/markers/csv_import_dialog.py" line="200" />
      <source>Choose two different columns for the coordinates</source>
      <translation>请为坐标选择两个不同的列</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/markers/csv_import_dialog.py" line="220" />
      <source>{n} rows will be transformed and checked on import</source>
      <translation>导入时将对 {n} 行进行坐标转换和检查</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/markers/csv_import_dialog.py" line="222" />
      <source>X and Y look swapped in every row: X must be the northing (about 4 340 000)</source>
      <translation>所有行的X与Y似乎互换了：X应为北坐标（约 4 340 000）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/markers/csv_import_dialog.py" line="224" />
      <source>{n} rows in Wuqing</source>
      <translation>{n} 行位于武清区内</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/markers/csv_import_dialog.py" line="226" />
      <source>{n} rows with X and Y swapped (put right on import)</source>
      <translation>{n} 行X与Y互换（导入时纠正）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/markers/csv_import_dialog.py" line="228" />
      <source>{n} rows outside Wuqing</source>
      <translation>{n} 行位于武清区范围以外</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/markers/csv_import_dialog.py" line="230" />
      <source>{n} rows without readable coordinates</source>
      <translation>{n} 行没有可读的坐标</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/markers/csv_import_dialog.py" line="234" />
      <source>Survey {}</source>
      <translation>实测 {}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/markers/design_dialog.py" line="36" />
      <source>Selected zones ({n})</source>
      <translation>所选区域（{n} 个）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/markers/design_dialog.py" line="36" />
      <source>All red-line zones</source>
      <translation>全部红线区</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/markers/design_dialog.py" line="36" />
      <source>All zones</source>
      <translation>全部区域</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/markers/design_dialog.py" line="55" />
      <source>Roads, railways and watercourses</source>
      <translation>道路、铁路和水系</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/markers/export_dialog.py" line="34" />
      <source>Export coordinate tables and marker cards</source>
      <translation>导出坐标成果表和点之记</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/markers/export_dialog.py" line="39" />
      <source>{zone} — {n} markers</source>
      <translation>{zone} — {n} 个界桩</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/markers/export_dialog.py" line="51" />
      <source>Coordinate results table (CSV and PDF)</source>
      <translation>界址点坐标成果表（CSV和PDF）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/markers/export_dialog.py" line="53" />
      <source>Marker cards (one PDF per marker)</source>
      <translation>点之记（每个界桩一个PDF）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/markers/export_dialog.py" line="60" />
      <source>Folder</source>
      <translation>输出文件夹</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/markers/feature.py" line="68" />
      <source>Survey markers on the boundary</source>
      <translation>勘界测量工具</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/markers/feature.py" line="68" />
      <source>Click near a red or yellow zone boundary to place a marker there; drag a marker to move it</source>
      <translation>在红线或黄线区边界附近单击即在边界上设置界桩；拖动界桩可移动其位置</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/markers/feature.py" line="72" />
      <source>Design boundary markers…</source>
      <translation>界桩设计…</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/markers/feature.py" line="72" />
      <source>Place designed markers at corners, crossings and the maximum spacing</source>
      <translation>在拐点、交叉处并按最大间距布设设计界桩</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/markers/feature.py" line="74" />
      <source>Import field survey CSV…</source>
      <translation>导入外业测量CSV…</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/markers/feature.py" line="74" />
      <source>Read an RTK/GNSS survey file with explicit column mapping</source>
      <translation>读取RTK/GNSS测量成果文件，明确指定各列含义</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/markers/feature.py" line="76" />
      <source>Check boundary markers…</source>
      <translation>界桩检查…</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/markers/feature.py" line="76" />
      <source>Distances to the boundary and to the design, gaps, unmarked corners, duplicates</source>
      <translation>检查到边界和设计位置的距离、间距、无界桩拐点和重复编号</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/markers/feature.py" line="78" />
      <source>Export coordinate tables and marker cards…</source>
      <translation>导出坐标成果表和点之记…</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/markers/feature.py" line="78" />
      <source>Coordinate results table (CSV, PDF) per zone and a card per marker</source>
      <translation>按区域导出界址点坐标成果表（CSV、PDF），按界桩导出点之记</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/markers/feature.py" line="80" />
      <source>Boundary marker settings…</source>
      <translation>界桩参数设置…</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/markers/feature.py" line="80" />
      <source>Spacing, turning angle, tolerances, numbering and surveyor</source>
      <translation>间距、转角、限差、编号规则和测量人</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/markers/feature.py" line="108" />
      <source>The marker moved, but its history row was not written: {}</source>
      <translation>界桩已移动，但变更记录未能写入：{}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/markers/feature.py" line="163" />
      <source>Move marker</source>
      <translation>移动界桩</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/markers/feature.py" line="163" />
      <source>Move marker {no} by {d:.2f} m to the boundary? Its number stays and the move is kept in its history.</source>
      <translation>将界桩 {no} 移动 {d:.2f} 米到边界上？编号保持不变，移动情况记入变更记录。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/markers/feature.py" line="170" />
      <source>Moved on the map with the survey tool</source>
      <translation>用勘界测量工具在地图上移动</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/markers/feature.py" line="184" />
      <source>Marker {no} was not moved: {errors}</source>
      <translation>界桩 {no} 未移动：{errors}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/markers/feature.py" line="187" />
      <source>Marker {no} moved by {d:.2f} m; the move is in its history</source>
      <translation>界桩 {no} 已移动 {d:.2f} 米，已记入变更记录</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/markers/feature.py" line="191" />
      <source>No red or yellow zone boundary within {n} pixels of the click: no marker was placed. Click on or next to a boundary line.</source>
      <translation>单击位置 {n} 像素范围内没有红线或黄线区边界，未设置界桩。请在边界线上或其附近单击。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/markers/feature.py" line="230" />
      <source>The markers layer has unsaved edits: save or discard them, then design again</source>
      <translation>界桩图层有未保存的编辑：请先保存或放弃，再重新设计</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/markers/feature.py" line="234" />
      <source>The design was not saved: {}</source>
      <translation>设计结果未保存：{}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/markers/feature.py" line="239" />
      <source>{n} designed markers on {z} zones</source>
      <translation>已在 {z} 个区域布设 {n} 个设计界桩</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/markers/feature.py" line="242" />
      <source>; {n} earlier designed markers replaced</source>
      <translation>；替换了原有的 {n} 个设计界桩</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/markers/feature.py" line="244" />
      <source>; left as they are (markers in the field): {}</source>
      <translation>；以下区域已有实地界桩，保持不变：{}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/markers/feature.py" line="246" />
      <source>; repaired invalid geometry of: {}</source>
      <translation>；已修复以下区域的无效几何：{}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/markers/feature.py" line="260" />
      <source>The file has no column {}</source>
      <translation>文件中没有列 {}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/markers/feature.py" line="270" />
      <source>Field survey</source>
      <translation>外业测量</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/markers/feature.py" line="320" />
      <source>Apply surveyed positions</source>
      <translation>采用实测坐标</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/markers/feature.py" line="320" />
      <source>Move every marker checked ok or warning to its surveyed position? Failing markers stay where they are. Each move is kept in the marker's history.</source>
      <translation>将检查结果为合格或警告的界桩移至实测位置？超限界桩保持不动。每次移动均记入界桩变更记录。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/markers/feature.py" line="330" />
      <source>The surveyed positions were not applied: {}</source>
      <translation>实测坐标未能采用：{}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/markers/feature.py" line="334" />
      <source>{n} markers moved to their surveyed positions</source>
      <translation>{n} 个界桩已移至实测位置</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/markers/feature.py" line="336" />
      <source>; {n} failing markers left where they are</source>
      <translation>；{n} 个超限界桩保持不动</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/markers/feature.py" line="338" />
      <source>; no marker numbered {}</source>
      <translation>；没有编号为 {} 的界桩</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/markers/feature.py" line="356" />
      <source>No zone has markers yet: design or survey markers first</source>
      <translation>尚无区域设有界桩：请先设计或测设界桩</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/markers/feature.py" line="377" />
      <source>marker cards</source>
      <translation>点之记</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/markers/feature.py" line="381" />
      <source>Export failed: {}</source>
      <translation>导出失败：{}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/markers/feature.py" line="383" />
      <source>{n} files written to {folder}</source>
      <translation>已写出 {n} 个文件到 {folder}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/markers/feature.py" line="393" />
      <source>Boundary marker settings saved</source>
      <translation>界桩参数已保存</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/markers/marker_form.py" line="58" />
      <source>The markers layer cannot be edited</source>
      <translation>界桩图层无法编辑</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/markers/marker_form.py" line="73" />
      <source>New boundary marker</source>
      <translation>新建界桩</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/markers/marker_form.py" line="73" />
      <source>Boundary marker</source>
      <translation>界桩</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/markers/marker_form.py" line="90" />
      <source>Marker {} added to the edit session: save the layer's edits to keep it</source>
      <translation>界桩 {} 已加入当前编辑：请保存图层编辑以保留</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/markers/marker_form.py" line="95" />
      <source>Marker {} saved</source>
      <translation>界桩 {} 已保存</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/markers/marker_form.py" line="113" />
      <source>The marker was not saved</source>
      <translation>界桩未保存</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/markers/marker_form.py" line="123" />
      <source>Not saved: {}</source>
      <translation>未保存：{}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/markers/survey_settings_dialog.py" line="35" />
      <source>Unbalanced braces</source>
      <translation>花括号不配对</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/markers/survey_settings_dialog.py" line="36" />
      <source>Only {type}, {feature} and {seq} may be used</source>
      <translation>只能使用 {type}、{feature} 和 {seq}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/markers/survey_settings_dialog.py" line="37" />
      <source>The pattern needs {seq}, for example {seq:04d}</source>
      <translation>编号规则必须包含 {seq}，例如 {seq:04d}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/markers/survey_settings_dialog.py" line="38" />
      <source>{seq} needs a number format such as {seq:04d}</source>
      <translation>{seq} 需使用数字格式，例如 {seq:04d}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/markers/survey_settings_dialog.py" line="74" />
      <source>Boundary marker settings</source>
      <translation>界桩参数设置</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/markers/survey_settings_dialog.py" line="106" />
      <source>Kind of new markers</source>
      <translation>新建界桩类型</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/markers/survey_settings_dialog.py" line="107" />
      <source>Snapping tolerance</source>
      <translation>捕捉容差</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/markers/survey_settings_dialog.py" line="119" />
      <source>Design</source>
      <translation>设计</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/markers/survey_settings_dialog.py" line="119" />
      <source>Checks</source>
      <translation>检查</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/markers/survey_settings_dialog.py" line="119" />
      <source>Survey tool</source>
      <translation>勘界测量工具</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/markers/survey_settings_dialog.py" line="141" />
      <source>Example: {}</source>
      <translation>示例：{}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/overlaps/analyze_overlaps.py" line="96" />
      <source>Overlaps (strictest rule)</source>
      <translation>重叠区（从严管控）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/overlaps/overlap_panel.py" line="34" />
      <source>Number of zones</source>
      <translation>涉及区域数</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="350" />
      <source>Zone types</source>
      <translation>区域类型</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/overlaps/overlap_panel.py" line="34" />
      <source>Departments involved</source>
      <translation>涉及部门</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/overlaps/point_panel.py" line="24" />
      <source>Prohibited activities</source>
      <translation>禁止事项</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="350" />
      <source>Why this rule applies</source>
      <translation>适用依据</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="350" />
      <source>Water-supply ban</source>
      <translation>供水水源禁令</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="350" />
      <source>Zones of the strictest class</source>
      <translation>最严格管控区域</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="350" />
      <source>Summary</source>
      <translation>说明</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/overlaps/overlap_panel.py" line="34" />
      <source>Area (ha)</source>
      <translation>面积（公顷）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/overlaps/overlap_panel.py" line="33" />
      <source>Area (mu)</source>
      <translation>面积（亩）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="350" />
      <source>Analysed at</source>
      <translation>分析时间</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/zones_input.py" line="65" />
      <source>{layer} lacks the fields {fields}</source>
      <translation>{layer} 缺少字段 {fields}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/overlaps/feature.py" line="76" />
      <source>Analyse overlaps (strictest rule)</source>
      <translation>重叠区分析（从严管控）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/base.py" line="28" />
      <source>Analysis</source>
      <translation>分析</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/overlaps/analyze_overlaps.py" line="43" />
      <source>Flattens the protected zones into pieces and keeps those covered by two or more zones (or every piece). Each piece carries the zones covering it, their types, the strictest line class (red if any covering zone is red), the departments involved, the union of the prohibited activities and its area in EPSG:4548. Pieces never overlap. Invalid geometries are repaired and reported; null geometries are reported and skipped.</source>
      <translation>将各保护区域切分为互不重叠的图斑，保留被两个及以上区域覆盖的图斑（或全部图斑）。每个图斑记录覆盖它的区域、区域类型、最严格的管控类别（任一覆盖区域为红线区即为红线区）、涉及部门、禁止事项并集及其在 EPSG:4548 下的面积。图斑之间互不重叠。无效几何图形自动修复并报告；空几何图形报告后跳过。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/overlaps/screen_project.py" line="49" />
      <source>Protected zones (fields zone_type and line_class)</source>
      <translation>保护区域（须含字段 zone_type 和 line_class）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/overlaps/analyze_overlaps.py" line="60" />
      <source>Every piece, not only overlaps</source>
      <translation>输出全部图斑（不仅重叠部分）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/overlaps/analyze_overlaps.py" line="67" />
      <source>{n} zones read</source>
      <translation>已读取 {n} 个区域</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/overlaps/analyze_overlaps.py" line="93" />
      <source>{n} pieces, {m2:.1f} m² ({ha:.4f} ha, {mu:.2f} mu); red {red:.1f} m², yellow {yellow:.1f} m²</source>
      <translation>共 {n} 个图斑，{m2:.1f} m²（{ha:.4f} 公顷，{mu:.2f} 亩）；其中红线区 {red:.1f} m²，黄线区 {yellow:.1f} m²</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/overlaps/screen_project.py" line="37" />
      <source>Screen construction projects</source>
      <translation>建设项目筛查</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/overlaps/screen_project.py" line="53" />
      <source>Construction footprints</source>
      <translation>建设项目用地范围</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/overlaps/screen_project.py" line="54" />
      <source>Screened footprints</source>
      <translation>筛查结果</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/overlaps/analysis.py" line="56" />
      <source>{n} zones: {zones}</source>
      <translation>涉及 {n} 个区域：{zones}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/overlaps/analysis.py" line="73" />
      <source>Effective class: {cls}</source>
      <translation>适用管控：{cls}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/overlaps/screening.py" line="96" />
      <source>Departments: {depts}</source>
      <translation>责任部门：{depts}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/overlaps/analysis.py" line="73" />
      <source>Prohibited: {cats}</source>
      <translation>禁止事项：{cats}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/features.py" line="73" />
      <source>the layer cannot be edited</source>
      <translation>图层无法编辑</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/markers/design.py" line="161" />
      <source>features were refused</source>
      <translation>要素未被接受</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/overlaps/analysis.py" line="213" />
      <source>Overlap analysis (strictest rule)</source>
      <translation>重叠区分析（从严管控）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/zone_input.py" line="54" />
      <source>Coordinate transformation failed: skipped</source>
      <translation>坐标转换失败，已跳过</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/zone_input.py" line="56" />
      <source>Feature {fid}</source>
      <translation>要素 {fid}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/zone_records.py" line="27" />
      <source>{n} zones have an unknown zone type or line class (expected codes such as river / red): {features}</source>
      <translation>{n} 个区域的区域类型或管控类别无法识别（应为 river、red 等代码或对应中文名称）：{features}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/overlaps/screening.py" line="84" />
      <source>{m2:.1f} m² lie in red-line zones outside approved construction land ({zones}): construction unrelated to protection is prohibited there.</source>
      <translation>有 {m2:.1f} m² 位于已批规划建设用地以外的红线区内（{zones}）：红线区内禁止一切与保护无关的建设活动。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/overlaps/screening.py" line="87" />
      <source>{m2:.1f} m² lie in yellow-line zones ({zones}): construction needs the review and consent of the municipal government.</source>
      <translation>有 {m2:.1f} m² 位于黄线区内（{zones}）：建设活动应当经市人民政府审查同意。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/overlaps/screening.py" line="91" />
      <source>The {m2:.1f} m² in red-line zones ({zones}) lie entirely inside construction land approved by the municipal government ({numbers}).</source>
      <translation>位于红线区内的 {m2:.1f} m²（{zones}）全部在已经市人民政府批复和审定的规划建设用地内（{numbers}）。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/overlaps/screening.py" line="94" />
      <source>The footprint lies outside every permanent protected ecological area.</source>
      <translation>该用地范围不涉及任何永久性保护生态区域。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/overlaps/screening_report.py" line="73" />
      <source>Footprints</source>
      <translation>用地范围</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/overlaps/screening_report.py" line="109" />
      <source>Screening of construction projects against the protected areas</source>
      <translation>建设项目永久性保护生态区域筛查摘要</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/overlaps/screening_report.py" line="114" />
      <source>Screened on {date}; {n} footprints; areas in EPSG:4548 (CGCS2000 / 3-degree Gauss-Krüger CM 117°E)</source>
      <translation>筛查日期：{date}；用地范围 {n} 处；面积按 EPSG:4548（CGCS2000 / 3 度带高斯-克吕格投影，中央经线 117°E）计算</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/overlaps/screening_report.py" line="116" />
      <source>Verdicts: {verdicts}</source>
      <translation>筛查结论：{verdicts}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/overlaps/screening_report.py" line="120" />
      <source>Zones from: {source}</source>
      <translation>区域数据来源：{source}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/overlaps/screening_panel.py" line="47" />
      <source>Footprint</source>
      <translation>用地范围</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/overlaps/screening_panel.py" line="47" />
      <source>Verdict</source>
      <translation>结论</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/clues/dialog.py" line="30" />
      <source>Red (m²)</source>
      <translation>红线区（m²）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/clues/dialog.py" line="30" />
      <source>Yellow (m²)</source>
      <translation>黄线区（m²）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/clues/dialog.py" line="30" />
      <source>Approved (m²)</source>
      <translation>已批用地（m²）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/overlaps/screening_panel.py" line="47" />
      <source>Reason</source>
      <translation>理由</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/overlaps/screening_report.py" line="137" />
      <source>Screening summary: the zone data decide; check the legal boundary before approval.</source>
      <translation>筛查摘要：结论取决于所用区域数据，审批前请以法定边界为准。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/demo/overlaps.py" line="53" />
      <source>Example A: inside approved land</source>
      <translation>示例甲：已批规划建设用地内</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/demo/overlaps.py" line="54" />
      <source>Example B: in the nature reserve</source>
      <translation>示例乙：自然保护区内</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/demo/overlaps.py" line="55" />
      <source>Example C: in a yellow band</source>
      <translation>示例丙：黄线区内</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/demo/overlaps.py" line="56" />
      <source>Example D: open country</source>
      <translation>示例丁：保护区域以外</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/formats.py" line="10" />
      <source>{m2:,.1f} m² ({ha:,.4f} ha, {mu:,.2f} mu)</source>
      <translation>{m2:,.1f} m²（{ha:,.4f} 公顷，{mu:,.2f} 亩）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/overlaps/overlap_panel.py" line="33" />
      <source>Zones</source>
      <translation>涉及区域</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/overlaps/overlap_panel.py" line="103" />
      <source>No overlap analysis yet.</source>
      <translation>尚未进行重叠区分析。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/overlaps/overlap_panel.py" line="105" />
      <source>Analyse overlaps</source>
      <translation>分析重叠区</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/overlaps/overlap_panel.py" line="121" />
      <source>No place is covered by two or more zones.</source>
      <translation>没有被两个及以上区域同时覆盖的地方。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/overlaps/overlap_panel.py" line="123" />
      <source>{n} overlaps, {area} in total; strictest class red: {red:,.1f} m², yellow only: {yellow:,.1f} m²</source>
      <translation>共 {n} 处重叠，合计 {area}；按红线区管控 {red:,.1f} m²，仅黄线区之间 {yellow:,.1f} m²</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/overlaps/point_panel.py" line="24" />
      <source>outside the district</source>
      <translation>区界以外</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/overlaps/point_panel.py" line="24" />
      <source>Zones at this point</source>
      <translation>所在保护区域</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/overlaps/point_panel.py" line="24" />
      <source>none</source>
      <translation>无</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/overlaps/point_panel.py" line="24" />
      <source>Effective rule</source>
      <translation>适用管控</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/overlaps/point_panel.py" line="24" />
      <source>Why</source>
      <translation>依据</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/overlaps/point_panel.py" line="24" />
      <source>Responsible departments</source>
      <translation>责任部门</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/overlaps/point_panel.py" line="24" />
      <source>yes</source>
      <translation>是</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/overlaps/point_panel.py" line="24" />
      <source>no</source>
      <translation>否</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/overlaps/point_panel.py" line="68" />
      <source>Choose “What applies here?” and click on the map.</source>
      <translation>选择“此处适用什么规定？”后在地图上点击。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/overlaps/screening_panel.py" line="44" />
      <source>Select footprints on a polygon layer or draw one, then screen them.</source>
      <translation>在面图层上选择建设项目用地范围，或直接绘制，然后进行筛查。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/overlaps/screening_panel.py" line="47" />
      <source>Red-line zones (m²)</source>
      <translation>红线区（m²）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/overlaps/screening_panel.py" line="47" />
      <source>Yellow-line zones (m²)</source>
      <translation>黄线区（m²）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/overlaps/screening_panel.py" line="47" />
      <source>Approved land (m²)</source>
      <translation>已批用地（m²）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/overlaps/screening_panel.py" line="66" />
      <source>Screen selected</source>
      <translation>筛查所选</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/overlaps/screening_panel.py" line="67" />
      <source>Draw and screen</source>
      <translation>绘制并筛查</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/overlaps/screening_panel.py" line="68" />
      <source>Export PDF summary…</source>
      <translation>导出 PDF 摘要…</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/overlaps/screening_panel.py" line="104" />
      <source>Nothing screened.</source>
      <translation>尚未筛查。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/overlaps/feature.py" line="76" />
      <source>Find every place covered by two or more zones and the strictest rule that applies there</source>
      <translation>找出被两个及以上区域同时覆盖的地方，以及该处适用的最严格管控要求</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/overlaps/feature.py" line="232" />
      <source>What applies here?</source>
      <translation>此处适用什么规定？</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/overlaps/feature.py" line="80" />
      <source>Click on the map: which zones, which rule, which departments</source>
      <translation>在地图上点击：查看所在区域、适用规定和责任部门</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/overlaps/feature.py" line="85" />
      <source>Screen selected footprints</source>
      <translation>筛查所选用地范围</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/overlaps/feature.py" line="85" />
      <source>Screen the selected polygons of the active layer against the red and yellow lines</source>
      <translation>将当前图层中选中的面要素与红线、黄线进行比对筛查</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/overlaps/feature.py" line="89" />
      <source>Draw a footprint and screen it</source>
      <translation>绘制用地范围并筛查</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/overlaps/feature.py" line="89" />
      <source>Click the corners of a construction footprint, right-click to finish</source>
      <translation>依次点击建设项目用地范围的拐点，右键结束</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/overlaps/feature.py" line="139" />
      <source>No protected zones</source>
      <translation>没有保护区域</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/host.py" line="114" />
      <source>Open the project data first (menu: Open or create project data…).</source>
      <translation>请先打开项目数据（菜单：打开/新建项目数据…）。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/overlaps/feature.py" line="187" />
      <source>Overlap analysis</source>
      <translation>重叠区分析</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/overlaps/feature.py" line="144" />
      <source>The analysis is running already.</source>
      <translation>分析正在进行中。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/overlaps/feature.py" line="172" />
      <source>Cannot save the overlaps</source>
      <translation>无法保存重叠区</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/overlaps/feature.py" line="175" />
      <source>{n} overlaps, {area} in total</source>
      <translation>共 {n} 处重叠，合计 {area}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/overlaps/feature.py" line="177" />
      <source>{n} geometries repaired or skipped (see the log)</source>
      <translation>{n} 个几何图形已修复或跳过（详见日志）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/overlaps/feature.py" line="185" />
      <source>Overlap analysis failed</source>
      <translation>重叠区分析失败</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/overlaps/feature.py" line="187" />
      <source>The analysis was cancelled.</source>
      <translation>分析已取消。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/overlaps/feature.py" line="337" />
      <source>Project screening</source>
      <translation>建设项目筛查</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/overlaps/feature.py" line="269" />
      <source>Select construction footprints on a polygon layer first, or draw one.</source>
      <translation>请先在面图层上选择建设项目用地范围，或直接绘制。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/overlaps/feature.py" line="289" />
      <source>{n} footprints without area were skipped.</source>
      <translation>已跳过 {n} 个无面积的用地范围。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/overlaps/feature.py" line="305" />
      <source>Drawn footprint {n}</source>
      <translation>绘制的用地范围 {n}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/overlaps/feature.py" line="309" />
      <source>The drawn footprint has no area.</source>
      <translation>绘制的用地范围没有面积。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/overlaps/feature.py" line="327" />
      <source>screening.pdf</source>
      <translation>建设项目筛查摘要.pdf</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/overlaps/feature.py" line="335" />
      <source>Cannot write the PDF</source>
      <translation>无法写入 PDF</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/overlaps/feature.py" line="337" />
      <source>Summary written to {}</source>
      <translation>摘要已保存到 {}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/overlaps/dock.py" line="21" />
      <source>Strictest rule (从严管控)</source>
      <translation>从严管控</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/overlaps/dock.py" line="27" />
      <source>Overlaps</source>
      <translation>重叠区</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/overlaps/dock.py" line="40" />
      <source>Save the screening summary</source>
      <translation>保存筛查摘要</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/overlaps/dock.py" line="40" />
      <source>PDF (*.pdf)</source>
      <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/features.py" line="58" />
      <source>the layer has unsaved edits: save or discard them first</source>
      <translation>图层有未保存的编辑：请先保存或放弃</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/markers/design.py" line="157" />
      <source>designed markers could not be removed</source>
      <translation>无法删除已设计的界桩</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/markers/history.py" line="154" />
      <source>feature {fid} cannot be moved</source>
      <translation>要素 {fid} 无法移动</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/markers/history.py" line="157" />
      <source>{name} of feature {fid} cannot be set</source>
      <translation>无法设置要素 {fid} 的 {name}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/drawings/data.py" line="173" />
      <source>{layer}: feature {fid} cannot be reprojected to {target} and is not drawn</source>
      <translation>{layer}：要素 {fid} 无法投影到 {target}，未绘制</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/overlaps/analyze_overlaps.py" line="77" />
      <source>{n} slivers under 1 mm² (two digitisations of one line meeting) were left out</source>
      <translation>{n} 处小于 1 平方毫米的碎片（同一条线两次数字化之间的缝隙）已略去</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/postgis/errors.py" line="162" />
      <source>Other users were changing the same data at the same moment; nothing was saved. Try again.</source>
      <translation>其他用户正在同时修改同一数据，本次未保存任何内容，请重试。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/postgis/access.py" line="37" />
      <source>the towns table is empty: migrate or load the towns first</source>
      <translation>镇街表为空：请先迁移或导入镇街数据</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/postgis/access.py" line="38" />
      <source>use a name or an administrative code of the towns table</source>
      <translation>请使用镇街表中的名称或行政区划代码</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/postgis/access.py" line="39" />
      <source>There is no town “{town}” in the schema {schema}: {hint}.</source>
      <translation>模式 {schema} 中没有镇街“{town}”：{hint}。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/postgis/access.py" line="50" />
      <source>“{role}” is not a role of the plugin; use one of: {roles}.</source>
      <translation>“{role}”不是本插件的角色，请使用以下之一：{roles}。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/postgis/access.py" line="54" />
      <source>A town government's login needs its town (TOWN: a name or an administrative code).</source>
      <translation>镇街政府的登录账号须指定所属镇街（TOWN：名称或行政区划代码）。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/postgis/access.py" line="72" />
      <source>There is no login “{login}” in the database server: the administrator creates it first (CREATE ROLE … LOGIN PASSWORD …).</source>
      <translation>数据库服务器中没有登录账号“{login}”：请数据库管理员先创建（CREATE ROLE … LOGIN PASSWORD …）。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/postgis/access.py" line="62" />
      <source>The login {user} could not grant {role} to {login}: {reason}</source>
      <translation>登录账号 {user} 无法将 {role} 授予 {login}：{reason}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/postgis/access.py" line="79" />
      <source>{login} is now a member of {group}</source>
      <translation>{login} 已成为 {group} 的成员</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/postgis/access.py" line="79" />
      <source>, for the town {town}</source>
      <translation>，所属镇街：{town}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/project/source_dialog.py" line="74" />
      <source>“{name}” cannot be a schema name: use lower-case letters, digits and underscores, starting with a letter</source>
      <translation>“{name}”不能作为模式名：请使用小写字母、数字和下划线，并以字母开头</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/postgis/catalog.py" line="64" />
      <source>The schema {schema} holds version {found} of the data model, made by a newer version of the plugin (this one knows version {expected}): update the plugin.</source>
      <translation>模式 {schema} 的数据模型版本为 {found}，由更新版本的插件创建（本插件支持版本 {expected}）：请升级插件。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/postgis/catalog.py" line="71" />
      <source>The schema {schema} holds version {found} of the data model; this plugin works with version {expected} only.</source>
      <translation>模式 {schema} 的数据模型版本为 {found}；本插件只能使用版本 {expected}。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/postgis/catalog.py" line="80" />
      <source>The database {db} holds no schema {schema} of the plugin: create it first (wuqing_eco:create_postgis).</source>
      <translation>数据库 {db} 中没有本插件的模式 {schema}：请先创建（wuqing_eco:create_postgis）。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/postgis/catalog.py" line="98" />
      <source>The login {user} has no role in the database {db}: ask the database administrator to grant it one (wuqing_eco:grant_access).</source>
      <translation>登录账号 {user} 在数据库 {db} 中没有任何角色：请数据库管理员为其授权（wuqing_eco:grant_access）。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/postgis/connection.py" line="76" />
      <source>This connection string cannot be read: {error}</source>
      <translation>无法识别该连接字符串：{error}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/postgis/connection.py" line="84" />
      <source>“{name}” is neither a saved PostgreSQL connection of QGIS nor a connection string (host=… port=… dbname=… user=…, or service=…). Saved connections: {names}</source>
      <translation>“{name}”既不是 QGIS 中已保存的 PostgreSQL 连接，也不是连接字符串（host=… port=… dbname=… user=…，或 service=…）。已保存的连接：{names}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/postgis/connection.py" line="99" />
      <source>Cannot connect to the database {db}: {reason}. Check the host, port, database name, user and password (or the saved connection and its authentication configuration), and that the server accepts connections.</source>
      <translation>无法连接数据库 {db}：{reason}。请检查主机、端口、数据库名、用户名和密码（或已保存的连接及其认证配置），并确认服务器接受连接。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/postgis/create.py" line="74" />
      <source>The PostgreSQL server of {db} has no PostGIS installed: ask its administrator to install it (Debian: postgresql-15-postgis-3).</source>
      <translation>{db} 所在的 PostgreSQL 服务器未安装 PostGIS：请服务器管理员安装（Debian：postgresql-15-postgis-3）。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/postgis/create.py" line="81" />
      <source>PostGIS is not enabled in the database {db} and the login {user} may not enable it: ask the database administrator to run “CREATE EXTENSION postgis;” in that database, then try again.</source>
      <translation>数据库 {db} 未启用 PostGIS，且登录账号 {user} 无权启用：请数据库管理员在该数据库中执行“CREATE EXTENSION postgis;”后重试。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/postgis/create.py" line="97" />
      <source>The group roles {roles} do not exist and the login {user} may not create roles: run this as a database administrator, or give the login CREATEROLE.</source>
      <translation>组角色 {roles} 不存在，且登录账号 {user} 无权创建角色：请以数据库管理员身份运行，或为该账号授予 CREATEROLE。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/postgis/create.py" line="118" />
      <source>The schema {schema} of {db} holds tables that are not the plugin's ({tables}): choose another schema.</source>
      <translation>{db} 的模式 {schema} 中有不属于本插件的表（{tables}）：请选择其他模式。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/postgis/create.py" line="131" />
      <source>The schema {schema} lacks {tables}: it was changed outside the plugin; restore it from a backup or create the data in a new schema.</source>
      <translation>模式 {schema} 缺少 {tables}：它曾在插件之外被修改；请从备份恢复，或在新模式中创建数据。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/postgis/create.py" line="155" />
      <source>The schema {schema} of version {version} is complete: nothing was changed.</source>
      <translation>模式 {schema}（版本 {version}）已完整：未做任何更改。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/postgis/create.py" line="147" />
      <source>The login {user} may not create the schema {schema} in {db} ({reason}): it needs the CREATE right on the database.</source>
      <translation>登录账号 {user} 无权在 {db} 中创建模式 {schema}（{reason}）：需要该数据库的 CREATE 权限。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/postgis/create.py" line="176" />
      <source>PostGIS enabled in {db}</source>
      <translation>已在 {db} 中启用 PostGIS</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/postgis/create.py" line="178" />
      <source>Group roles created: {}</source>
      <translation>已创建组角色：{}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/postgis/create.py" line="179" />
      <source>Schema {schema} created with {n} tables, their rules and rights (data model version {version})</source>
      <translation>已创建模式 {schema}，含 {n} 张表及其规则和权限（数据模型版本 {version}）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/postgis/errors.py" line="38" />
      <source>read</source>
      <translation>读取</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/postgis/errors.py" line="40" />
      <source>add rows to</source>
      <translation>新增记录到</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/postgis/errors.py" line="42" />
      <source>delete rows of</source>
      <translation>删除记录于</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/postgis/errors.py" line="43" />
      <source>change</source>
      <translation>修改</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/postgis/errors.py" line="68" />
      <source>Case {no} may only be changed by the environment bureau, the departments that lead it or are involved in it, and the town it lies in; the login {user} is none of them. Nothing was saved.</source>
      <translation>案件 {no} 只能由区环保局、牵头或参与办理的部门以及所在镇街修改；登录账号 {user} 不属于其中任何一方。未保存任何内容。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/postgis/errors.py" line="72" />
      <source>A case keeps its record number and uuid: only an administrator (wq_admin) may change them.</source>
      <translation>案件的记录编号和唯一标识不可更改：只有管理员（wq_admin）可以修改。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/postgis/errors.py" line="74" />
      <source>{table} is a history: its rows are never changed or deleted, by anyone.</source>
      <translation>{table}是历史记录：任何人都不能修改或删除其中的记录。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/postgis/errors.py" line="80" />
      <source>The record number {no} was not handed out by the database: leave the record number empty and the database numbers the case.</source>
      <translation>记录编号 {no} 不是由数据库分配的：请将记录编号留空，由数据库为案件编号。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/postgis/errors.py" line="83" />
      <source>The login {user} of a town government registers and changes only the cases of its own town (as granted by wuqing_eco:grant_access).</source>
      <translation>镇街政府的登录账号 {user} 只能登记和修改本镇街的案件（按 wuqing_eco:grant_access 的授权）。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/postgis/errors.py" line="86" />
      <source>The login {user} has no right to {action} {table}. This right belongs to the group roles: {roles}. Ask the database administrator (wuqing_eco:grant_access).</source>
      <translation>登录账号 {user} 没有{action}“{table}”的权限。该权限属于以下组角色：{roles}。请联系数据库管理员（wuqing_eco:grant_access）。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/postgis/errors.py" line="147" />
      <source>{field} “{value}” exists already in {table}.</source>
      <translation>{table}中已存在{field}“{value}”。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/postgis/errors.py" line="151" />
      <source>{field} of {table} holds a value that is not one of its codes.</source>
      <translation>{table}的{field}取值不在其代码表中。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/postgis/errors.py" line="154" />
      <source>{field} of {table} is required.</source>
      <translation>{table}的{field}为必填项。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/postgis/errors.py" line="157" />
      <source>A text is longer than its field in {table} allows.</source>
      <translation>有文字超过了{table}中相应字段允许的长度。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/postgis/errors.py" line="163" />
      <source>The database refused the change ({code}): {message}</source>
      <translation>数据库拒绝了此次更改（{code}）：{message}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/postgis/migrate.py" line="97" />
      <source>The GeoPackage {} does not exist</source>
      <translation>GeoPackage {} 不存在</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/postgis/migrate.py" line="119" />
      <source>Only a member of {role} may migrate a GeoPackage (it writes every table, record numbers included): the login {user} is not.</source>
      <translation>只有 {role} 的成员才能迁移 GeoPackage（迁移会写入所有表，包括记录编号）：登录账号 {user} 不是其成员。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/postgis/migrate.py" line="123" />
      <source>The tables {tables} of the schema {schema} hold rows already: the migration writes only into empty tables. Nothing was copied.</source>
      <translation>模式 {schema} 中的表 {tables} 已有数据：迁移只写入空表。未复制任何内容。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/postgis/migrate.py" line="137" />
      <source>{table}: {read} rows read but {stored} stored; nothing was copied.</source>
      <translation>{table}：读取 {read} 条，但只存入 {stored} 条；未复制任何内容。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/postgis/migrate.py" line="111" />
      <source>The migration stopped at {table}; nothing was copied: {reason}</source>
      <translation>迁移在 {table} 处停止，未复制任何内容：{reason}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/postgis/migrate.py" line="140" />
      <source>{table}: {n} rows</source>
      <translation>{table}：{n} 条</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/project/create_postgis.py" line="27" />
      <source>Create the shared PostGIS database</source>
      <translation>创建多部门共享 PostGIS 数据库</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/project/create_postgis.py" line="46" />
      <source>Created (false: it was there already)</source>
      <translation>已创建（false：原已存在）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/project/database.py" line="30" />
      <source>Database (saved PostgreSQL connection or connection string)</source>
      <translation>数据库（已保存的 PostgreSQL 连接或连接字符串）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/project/database.py" line="32" />
      <source>Schema</source>
      <translation>模式</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/project/database.py" line="39" />
      <source>Choose the database: a saved PostgreSQL connection or a connection string</source>
      <translation>请选择数据库：已保存的 PostgreSQL 连接或连接字符串</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/project/grant_access.py" line="23" />
      <source>Grant access to the shared database</source>
      <translation>授予共享数据库访问权限</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/project/grant_access.py" line="26" />
      <source>Makes an existing login a member of one of the plugin's group roles. ROLE is a department code ({codes}), or town (a town government: give its TOWN, a name or an administrative code), viewer (reads, no private fields), public (only the public ledger) or admin. Creating logins and their passwords stays the database administrator's business.</source>
      <translation>将已有的登录账号加入本插件的一个组角色。ROLE 为部门代码（{codes}），或 town（镇街政府：须给出 TOWN，名称或行政区划代码）、viewer（只读，不含隐私字段）、public（仅公开台账）或 admin。登录账号及其密码仍由数据库管理员创建和管理。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/project/grant_access.py" line="34" />
      <source>Login</source>
      <translation>登录账号</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/project/grant_access.py" line="35" />
      <source>Role (department code, town, viewer, public or admin)</source>
      <translation>角色（部门代码、town、viewer、public 或 admin）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/project/grant_access.py" line="37" />
      <source>Town (for a town government)</source>
      <translation>镇街（镇街政府账号）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/project/grant_access.py" line="38" />
      <source>Group role</source>
      <translation>组角色</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/project/migrate_geopackage.py" line="21" />
      <source>Migrate a GeoPackage into the shared database</source>
      <translation>将 GeoPackage 迁移到共享数据库</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/project/migrate_geopackage.py" line="24" />
      <source>Copies every table of a project GeoPackage into the plugin's schema of a PostgreSQL database, in one transaction: a failure leaves the database as it was. Uuids, record numbers, the history with its original times and users, and attachment paths are kept. The target tables must be empty; the login must be a member of wq_admin. Copy the GeoPackage's attachments folder to the shared attachments folder yourself.</source>
      <translation>在一个事务中将项目 GeoPackage 的全部表复制到 PostgreSQL 数据库中本插件的模式：失败时数据库保持原样。保留唯一标识、记录编号、历史记录（含原始时间和经办人）以及附件路径。目标表必须为空；登录账号须为 wq_admin 成员。GeoPackage 的附件文件夹请自行复制到共享附件文件夹。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/project/migrate_geopackage.py" line="33" />
      <source>Rows per table</source>
      <translation>各表记录数</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/project/migrate_geopackage.py" line="34" />
      <source>Rows copied</source>
      <translation>复制的记录数</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/zones_input.py" line="87" />
      <source>The layer {layer} holds no zone with a polygon to work on</source>
      <translation>图层 {layer} 中没有可处理的面状区域</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/ledger/store.py" line="120" />
      <source>The shared database keeps no files itself: name its shared attachments folder in “Open or create project data…” and save again, or save the record without files</source>
      <translation>共享数据库本身不保存文件：请在“打开/新建项目数据…”中为其指定共享附件文件夹后重新保存，或不带文件保存记录</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/postgis/access.py" line="59" />
      <source>only a database administrator (a superuser, or a login with CREATEROLE that is a member of {admin}) may grant the plugin's roles</source>
      <translation>只有数据库管理员（超级用户，或具有 CREATEROLE 且为 {admin} 成员的登录账号）才能授予本插件的角色</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/postgis/migrate.py" line="142" />
      <source>Attachment and photo paths were kept as they were: copy the files they name (the attachments folder beside {gpkg}) to the shared folder the ledger uses with this database.</source>
      <translation>附件和照片路径已原样保留：请将其所指文件（{gpkg} 旁的 attachments 文件夹）复制到台账在此数据库下使用的共享文件夹。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/ledger/gpkg.py" line="162" />
      <source>The ledger could not be saved; nothing was changed. {file} is held by another program (another QGIS editing it, a copy or synchronisation tool): finish or close it there, then save again. The database said: {error}</source>
      <translation>台账未能保存，未作任何更改。{file} 正被其他程序占用（另一个正在编辑它的 QGIS、复制或同步工具）：请在该程序中完成或关闭后再保存。数据库提示：{error}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/ledger/gpkg.py" line="166" />
      <source>The ledger could not be saved to {file}; nothing was changed. The database said: {error}</source>
      <translation>台账未能保存到 {file}，未作任何更改。数据库提示：{error}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/ledger/gpkg.py" line="185" />
      <source>The ledger {file} could not be read: {error}</source>
      <translation>无法读取台账 {file}：{error}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/ledger/records.py" line="44" />
      <source>The layer “{layer}” is not the case ledger: it lacks the fields {fields}. Choose the violation records layer (table violations).</source>
      <translation>图层“{layer}”不是案件台账：缺少字段 {fields}。请选择违法违规记录图层（violations 表）。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/outputs.py" line="27" />
      <source>{path} is a folder: give the name of a file to write</source>
      <translation>{path} 是文件夹：请给出要写入的文件名</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/outputs.py" line="33" />
      <source>{path} is a file, not a folder: choose a folder for the output</source>
      <translation>{path} 是文件而不是文件夹：请为输出选择一个文件夹</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/outputs.py" line="38" />
      <source>The folder {folder} cannot be written</source>
      <translation>无法写入文件夹 {folder}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/outputs.py" line="38" />
      <source>The folder {folder} cannot be created</source>
      <translation>无法创建文件夹 {folder}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/outputs.py" line="40" />
      <source>Choose another folder, or ask for write access to this one.</source>
      <translation>请选择其他文件夹，或申请该文件夹的写入权限。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/storage.py" line="214" />
      <source>{file} is open in another program ({programs}): close it there, then replace it.</source>
      <translation>{file} 正在其他程序中打开（{programs}）：请先在该程序中关闭，再替换。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/storage.py" line="219" />
      <source>{file} cannot be replaced, probably because another program has it open: close it there, then try again ({error}).</source>
      <translation>无法替换 {file}，可能正被其他程序打开：请在该程序中关闭后重试（{error}）。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/storage.py" line="365" />
      <source>{file} cannot be opened as a GeoPackage ({error}). Check that it is a GeoPackage and complete (a copy cut short or a damaged disk leaves it unreadable); open a backup if there is one.</source>
      <translation>无法以 GeoPackage 打开 {file}（{error}）。请确认它是完整的 GeoPackage 文件（复制中断或磁盘损坏会使其无法读取）；如有备份请打开备份。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/output/report_pdf.py" line="417" />
      <source>the file cannot be written</source>
      <translation>无法写入该文件</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/output/report_pdf.py" line="417" />
      <source>QGIS could not render the layout (code {code})</source>
      <translation>QGIS 无法渲染该布局（代码 {code}）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/output/report_pdf.py" line="419" />
      <source>Export failed: {path}: {why}</source>
      <translation>导出失败：{path}：{why}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/base.py" line="107" />
      <source>Cancelled: nothing was written.</source>
      <translation>已取消：未写入任何内容。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/ledger/export_ledger.py" line="101" />
      <source>{path} could not be written: {error}</source>
      <translation>无法写入 {path}：{error}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/ledger/ledger_report.py" line="75" />
      <source>Case history (empty: the violation_history table beside the records)</source>
      <translation>案件处理记录（留空：使用记录所在数据包中的 violation_history 表）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/ledger/ledger_report.py" line="113" />
      <source>The report could not be written to {folder}: {error}</source>
      <translation>报表无法写入 {folder}：{error}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/ledger/ledger_report.py" line="116" />
      <source>{n} records' history does not explain their status: {records}</source>
      <translation>{n} 条记录的处理记录与其当前状态不符：{records}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/ledger/ledger_report.py" line="127" />
      <source>No case history found: the statuses are not checked against it</source>
      <translation>未找到案件处理记录：未核对状态</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/project/create_geopackage.py" line="69" />
      <source>{file} is open in this project (layers {layers}): remove them from the project, then replace it.</source>
      <translation>{file} 已在本项目中打开（图层 {layers}）：请先从项目中移除这些图层，再替换。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/ledger/reports.py" line="241" />
      <source>The towns layer “{layer}” has no field {field}: choose the layer of the towns and streets (table towns).</source>
      <translation>镇街图层“{layer}”没有字段 {field}：请选择镇街图层（towns 表）。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/ledger/reports.py" line="266" />
      <source>Records whose history does not explain their status</source>
      <translation>处理记录与状态不符的案件</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/ledger/reports.py" line="266" />
      <source>Problem</source>
      <translation>问题</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/ledger/reports.py" line="266" />
      <source>Their status was not reached through the case workflow (changed outside the plugin, or history missing): check them before relying on the counts above.</source>
      <translation>这些案件的状态并非经办理流程变更而来（在插件之外修改，或缺少处理记录）：使用上述统计前请先核查。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/ledger/reports.py" line="330" />
      <source>{n} records' history does not explain their status: see the last table.</source>
      <translation>{n} 条记录的处理记录与其当前状态不符：见最后一张表。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/markers/design.py" line="99" />
      <source>{zone}: east {e0:,.0f} to {e1:,.0f}, north {n0:,.0f} to {n1:,.0f}</source>
      <translation>{zone}：东 {e0:,.0f} 至 {e1:,.0f}，北 {n0:,.0f} 至 {n1:,.0f}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/markers/design.py" line="101" />
      <source>{n} zones reach more than {km:.0f} km beyond Wuqing, so some of their coordinates are wrong ({zones}{more}). Correct these vertices: coordinates must be metres in EPSG:4548 (Y east without the zone prefix 39).</source>
      <translation>{n} 个区域超出武清区 {km:.0f} 公里以上，其部分坐标有误（{zones}{more}）。请改正这些节点：坐标须为 EPSG:4548 下以米为单位的值（Y 东坐标不带 39 带号）。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/markers/survey_import.py" line="81" />
      <source>{file} is empty</source>
      <translation>{file} 是空文件</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/markers/survey_import.py" line="82" />
      <source>{file} has fewer than two columns: choose the survey's table of point numbers and coordinates</source>
      <translation>{file} 少于两列：请选择含点号和坐标的测量成果表</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/markers/survey_import.py" line="84" />
      <source>{file} is an Excel workbook, not a CSV file: open it in Excel, save it as “CSV UTF-8 (comma delimited)” and import that file</source>
      <translation>{file} 是 Excel 工作簿而不是 CSV 文件：请在 Excel 中打开，另存为“CSV UTF-8（逗号分隔）”后导入该文件</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/markers/survey_import.py" line="86" />
      <source>{file} is not a text file: export the survey from the instrument's software as CSV or TXT</source>
      <translation>{file} 不是文本文件：请用仪器软件将测量成果导出为 CSV 或 TXT</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/markers/survey_import.py" line="89" />
      <source>{file} cannot be read as a table of coordinates</source>
      <translation>无法将 {file} 读取为坐标表</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/field/project.py" line="110" />
      <source>Open cases (read-only)</source>
      <translation>在办案件（只读）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/field/project.py" line="108" />
      <source>New cases (patrol)</source>
      <translation>新发现问题（巡护登记）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/field/tables.py" line="84" />
      <source>Confirmed: outside every protected zone</source>
      <translation>确认：位于所有保护区域之外</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/field/tables.py" line="84" />
      <source>Photo 1</source>
      <translation>照片1</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/field/tables.py" line="84" />
      <source>Photo 2</source>
      <translation>照片2</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/field/tables.py" line="84" />
      <source>Photo 3</source>
      <translation>照片3</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/field/tables.py" line="84" />
      <source>GNSS accuracy (m)</source>
      <translation>GNSS定位精度（米）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/field/project.py" line="113" />
      <source>Boundary markers (survey)</source>
      <translation>界桩（外业测量）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/field/tables.py" line="126" />
      <source>Design X (north, m)</source>
      <translation>设计X坐标（北，米）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/field/tables.py" line="126" />
      <source>Design Y (east, m)</source>
      <translation>设计Y坐标（东，米）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/field/tables.py" line="126" />
      <source>GNSS fix quality</source>
      <translation>GNSS定位质量</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/field/tables.py" line="126" />
      <source>Last edited in the field</source>
      <translation>外业最后编辑时间</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/field/project.py" line="118" />
      <source>Categories by zone</source>
      <translation>按区域的违法违规类别</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/field/tables.py" line="146" />
      <source>Zones where it is prohibited</source>
      <translation>禁止该事项的区域</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/field/feature.py" line="89" />
      <source>Field package</source>
      <translation>外业数据包</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/field/tables.py" line="155" />
      <source>Package</source>
      <translation>数据包</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/field/dialogs.py" line="106" />
      <source>Purpose</source>
      <translation>用途</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/field/tables.py" line="155" />
      <source>Format version</source>
      <translation>格式版本</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/field/tables.py" line="155" />
      <source>District code</source>
      <translation>行政区代码</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/field/tables.py" line="155" />
      <source>District</source>
      <translation>行政区</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/field/tables.py" line="155" />
      <source>Towns</source>
      <translation>镇街</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/field/tables.py" line="155" />
      <source>Town codes</source>
      <translation>镇街代码</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/field/dialogs.py" line="109" />
      <source>Patrol or survey team</source>
      <translation>巡查组或测量队</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/field/tables.py" line="155" />
      <source>Made at</source>
      <translation>导出时间</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/field/tables.py" line="155" />
      <source>Made from</source>
      <translation>导出自</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/field/tables.py" line="171" />
      <source>State when packed</source>
      <translation>导出时状态</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/field/tables.py" line="181" />
      <source>Office state</source>
      <translation>办公室数据状态</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/field/tables.py" line="181" />
      <source>Field state</source>
      <translation>外业数据状态</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/field/tables.py" line="181" />
      <source>Sync log</source>
      <translation>导入记录</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/field/tables.py" line="181" />
      <source>Synced at</source>
      <translation>导入时间</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/field/tables.py" line="181" />
      <source>Outcome</source>
      <translation>结果</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/base.py" line="32" />
      <source>Field work</source>
      <translation>外业</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/field/package_field.py" line="43" />
      <source>Export a field package (QField)</source>
      <translation>导出外业数据包（QField）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/field/package_field.py" line="62" />
      <source>Towns (names or codes separated by commas; empty: all)</source>
      <translation>镇街（名称或代码，以逗号分隔；留空：全部）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/field/package_field.py" line="67" />
      <source>Patrol or survey team (recorded as who entered the work)</source>
      <translation>巡查组或测量队（记为外业成果的登记人）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/field/package_field.py" line="69" />
      <source>Package folder (empty)</source>
      <translation>数据包文件夹（空文件夹）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/field/package_field.py" line="70" />
      <source>QGIS project</source>
      <translation>QGIS项目</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/field/package_field.py" line="71" />
      <source>Package GeoPackage</source>
      <translation>数据包GeoPackage</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/field/package_field.py" line="72" />
      <source>Open cases</source>
      <translation>在办案件</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/field/package_field.py" line="72" />
      <source>Markers</source>
      <translation>界桩</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/field/dialogs.py" line="156" />
      <source>Import field results (QField)</source>
      <translation>导入外业成果（QField）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/field/sync_field.py" line="54" />
      <source>Field package (folder)</source>
      <translation>外业数据包（文件夹）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/field/sync_field.py" line="57" />
      <source>New cases</source>
      <translation>新登记案件</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/field/sync_field.py" line="57" />
      <source>Markers updated</source>
      <translation>更新界桩</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/field/sync_field.py" line="57" />
      <source>Conflicts</source>
      <translation>冲突</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/field/sync_field.py" line="57" />
      <source>Not taken over</source>
      <translation>未导入</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/field/sync_field.py" line="57" />
      <source>Synced before</source>
      <translation>此前已导入</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/ledger/emergency_dialog.py" line="107" />
      <source>Report</source>
      <translation>报表</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/field/package.py" line="48" />
      <source>{n} open cases</source>
      <translation>{n} 个在办案件</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/field/package.py" line="48" />
      <source>{n} markers</source>
      <translation>{n} 个界桩</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/field/package.py" line="50" />
      <source>{purpose} package for {towns}: {zones} zones, {what}; open {project} in QField</source>
      <translation>{towns}{purpose}数据包：{zones} 个保护区域，{what}；在QField中打开 {project}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/field/package.py" line="57" />
      <source>{folder} is not empty: choose an empty folder (a package there would be overwritten, with its field work)</source>
      <translation>{folder} 不是空文件夹：请选择空文件夹（否则其中的数据包及外业成果会被覆盖）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/field/package.py" line="66" />
      <source>Unknown purpose {purpose}: patrol or survey</source>
      <translation>未知用途 {purpose}：应为 patrol（日常巡护）或 survey（界桩勘测）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/field/package.py" line="73" />
      <source>No town or street {unknown} in the project data; its towns are: {known}</source>
      <translation>项目数据中没有镇街 {unknown}；现有镇街：{known}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/field/package.py" line="76" />
      <source>The project data holds no towns to make a package for</source>
      <translation>项目数据中没有可导出数据包的镇街</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/field/package.py" line="90" />
      <source>Cancelled: no package was written</source>
      <translation>已取消：未写入数据包</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/field/project.py" line="70" />
      <source>The table {table} of the package cannot be opened</source>
      <translation>无法打开数据包中的表 {table}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/field/project.py" line="102" />
      <source>Wuqing field work: {towns}</source>
      <translation>武清生态保护外业：{towns}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/field/project.py" line="165" />
      <source>The project {path} could not be written: {error}</source>
      <translation>无法写入项目 {path}：{error}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/field/report.py" line="16" />
      <source>New cases: {new}; markers updated: {updated}; conflicts: {conflicts}; not taken over: {rejected}; synced before: {already}</source>
      <translation>新登记案件：{new}；更新界桩：{updated}；冲突：{conflicts}；未导入：{rejected}；此前已导入：{already}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/field/report.py" line="34" />
      <source>Field work brought in: {time}</source>
      <translation>外业成果导入时间：{time}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/field/report.py" line="35" />
      <source>Package {uid}: {purpose}, {towns}; made {made} from {origin}; patrol {patrol}</source>
      <translation>数据包 {uid}：{purpose}，{towns}；{made} 导出自 {origin}；巡查组 {patrol}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/field/report.py" line="38" />
      <source>Into: {store}</source>
      <translation>导入到：{store}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/field/report.py" line="47" />
      <source>[Marker check against the design] ok {ok}, warning {warning}, fail {fail}</source>
      <translation>[界桩对照设计检查] 合格 {ok}，警告 {warning}，超限 {fail}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/field/report.py" line="50" />
      <source>- {number}: {status}, {deviation} m from the boundary, {offset} m from the design</source>
      <translation>- {number}：{status}，距边界 {deviation} 米，偏离设计 {offset} 米</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/ledger/source.py" line="87" />
      <source>The table {table} of {source} cannot be opened</source>
      <translation>无法打开 {source} 中的表 {table}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/ledger/source.py" line="154" />
      <source>The GeoPackage {path} does not exist</source>
      <translation>GeoPackage {path} 不存在</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/field/sync.py" line="57" />
      <source>The package folder {folder} does not exist</source>
      <translation>数据包文件夹 {folder} 不存在</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/field/sync.py" line="60" />
      <source>{folder} holds no {file}: not a field package, or a half-copied one</source>
      <translation>{folder} 中没有 {file}：不是外业数据包，或未完整拷贝</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/field/sync.py" line="65" />
      <source>{file} is not a field package of this plugin: {error}</source>
      <translation>{file} 不是本插件的外业数据包：{error}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/field/sync.py" line="68" />
      <source>{file} does not say what package it is (no package_info row)</source>
      <translation>{file} 未记录数据包信息（没有 package_info 记录）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/field/sync.py" line="87" />
      <source>Cancelled: the items brought in so far are kept and logged</source>
      <translation>已取消：已导入的内容保留并已记录</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/field/sync_cases.py" line="123" />
      <source>the phone's clock was ahead: discovered at the sync's time</source>
      <translation>手机时钟超前：发现时间按导入时间记录</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/field/sync_markers.py" line="164" />
      <source>{deviation} m from the boundary, {offset} m from the design</source>
      <translation>距边界 {deviation} 米，偏离设计 {offset} 米</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/field/sync_markers.py" line="192" />
      <source>The shared database keeps no files itself, so the photos of {number} cannot be copied: name its shared attachments folder in “Open or create project data…” and sync again</source>
      <translation>共享数据库本身不保存文件，无法复制 {number} 的照片：请在“打开/新建项目数据…”中为其指定共享附件文件夹后重新同步</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/field/sync_markers.py" line="274" />
      <source>{name} of marker {number} cannot be set</source>
      <translation>无法设置界桩 {number} 的 {name}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/field/sync_markers.py" line="282" />
      <source>field survey</source>
      <translation>外业测量</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/field/dialogs.py" line="79" />
      <source>Export field package (QField)</source>
      <translation>导出外业数据包（QField）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/field/dialogs.py" line="99" />
      <source>e.g. the patrol team of the town</source>
      <translation>例如：镇巡查一组</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/field/dialogs.py" line="110" />
      <source>Package folder (new or empty)</source>
      <translation>数据包文件夹（新建或空文件夹）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/field/dialogs.py" line="141" />
      <source>Choose the towns the package is for.</source>
      <translation>请选择数据包所涉的镇街。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/field/dialogs.py" line="166" />
      <source>Field package (the folder copied back from the phone)</source>
      <translation>外业数据包（从手机拷回的文件夹）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/field/dialogs.py" line="170" />
      <source>Import</source>
      <translation>导入</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/field/feature.py" line="36" />
      <source>Export field package…</source>
      <translation>导出外业数据包…</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/field/feature.py" line="36" />
      <source>A folder QField opens as it is: the towns' zones and open cases or markers, with forms for new cases or marker surveys</source>
      <translation>QField可直接打开的文件夹：所选镇街的保护区域和在办案件或界桩，带登记新问题或测量界桩的表单</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/field/feature.py" line="39" />
      <source>Import field results…</source>
      <translation>导入外业成果…</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/field/feature.py" line="39" />
      <source>Bring a field package back: new cases into the ledger, marker surveys into the markers</source>
      <translation>带回外业数据包：新问题登记入台账，界桩测量成果写入界桩</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/field/feature.py" line="108" />
      <source>Field results</source>
      <translation>外业成果</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/field/feature.py" line="112" />
      <source>Save or discard the edits of {layers} first.</source>
      <translation>请先保存或放弃 {layers} 的编辑。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/field/feature.py" line="125" />
      <source>Report: {file}</source>
      <translation>报告：{file}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/project_layers.py" line="178" />
      <source>Zone name</source>
      <translation>区域名称</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="164" />
      <source>Survey</source>
      <translation>测量</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="164" />
      <source>Burial and reference objects</source>
      <translation>埋设与参照物</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="164" />
      <source>Inspection and notes</source>
      <translation>巡查与备注</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/plugin.py" line="79" />
      <source>Help</source>
      <translation>帮助</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/plugin.py" line="79" />
      <source>Short pages on each task, in the language of the interface (offline)</source>
      <translation>每项任务的简短说明，使用界面语言（离线）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/plugin.py" line="81" />
      <source>About</source>
      <translation>关于</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/plugin.py" line="81" />
      <source>Version and the note on the illustrative sample data</source>
      <translation>版本号及示意数据说明</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/help_text.py" line="10" />
      <source>{code} ({label})</source>
      <translation>{code}（{label}）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/help_text.py" line="14" />
      <source>, </source>
      <translation>、</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/overlaps/analyze_overlaps.py" line="47" />
      <source>zone_type: {types}. line_class: {classes}.</source>
      <translation>zone_type（区域类型）：{types}。line_class（管控级别）：{classes}。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/overlaps/screen_project.py" line="40" />
      <source>For each construction footprint: the area inside red-line zones, inside yellow-line zones (outside red) and inside approved construction land, all in EPSG:4548, and the verdict: {prohibited}: red area outside approved land; {needs_approval}: yellow area, nothing prohibited (needs the municipal government's consent); {approved_land}: the red area lies entirely in approved land; or {clear}; with the reason.</source>
      <translation>对每个建设项目用地范围，计算其位于红线区内、黄线区内（红线区以外部分）和已批规划建设用地内的面积（均按 EPSG:4548），并给出结论及理由：{prohibited}：占用已批用地以外的红线区；{needs_approval}：占用黄线区、无禁止情形（须经市人民政府审查同意）；{approved_land}：红线区部分全部位于已批用地内；或 {clear}。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/ledger/reports_dialog.py" line="55" />
      <source>Open folder</source>
      <translation>打开所在文件夹</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/drawings/dialog.py" line="225" />
      <source>{n} warnings</source>
      <translation>{n} 条警告</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/drawings/feature.py" line="101" />
      <source>{n} warnings: press the warnings button to read them</source>
      <translation>{n} 条警告：点击警告按钮查看</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/help.py" line="36" />
      <source>Wuqing Eco Protection — Help</source>
      <translation>武清生态保护 — 帮助</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/help.py" line="78" />
      <source>&lt;h3&gt;Wuqing Eco Protection {version}&lt;/h3&gt;&lt;p&gt;Permanent protected ecological areas of Wuqing District, Tianjin: red and yellow lines, overlaps under the strictest rule, project screening, boundary markers, the case ledger and the review drawings.&lt;/p&gt;&lt;p&gt;&lt;b&gt;The bundled sample data is illustrative, not the legal boundary.&lt;/b&gt; The real red and yellow lines are not public; the sample is drawn from approximate public facts so that every tool has something to work on.&lt;/p&gt;&lt;p&gt;Everything works offline. Licence: GNU GPL v2 or later.&lt;/p&gt;</source>
      <translation>&lt;h3&gt;武清生态保护 {version}&lt;/h3&gt;&lt;p&gt;天津市武清区永久性保护生态区域：红线、黄线，重叠区从严管控，建设项目筛查，勘界定标，案件台账，红线黄线审核图。&lt;/p&gt;&lt;p&gt;&lt;b&gt;插件自带的示例数据为示意数据，不是法定边界。&lt;/b&gt;真实的红线、黄线未公开；示例数据依据公开的大致信息绘制，以便每项功能都有数据可用。&lt;/p&gt;&lt;p&gt;所有功能均可离线使用。许可证：GNU GPL v2 或更高版本。&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/help.py" line="89" />
      <source>About Wuqing Eco Protection</source>
      <translation>关于武清生态保护</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/ledger/panel.py" line="176" />
      <source>Select a case in the table first</source>
      <translation>请先在表格中选择一个案件</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/ledger/panel.py" line="176" />
      <source>This case is closed: its status cannot change any more</source>
      <translation>此案件已结案，状态不能再变更</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/ledger/panel.py" line="176" />
      <source>Record the next step of this case</source>
      <translation>登记此案件的下一步处理</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/ledger/record_dialog.py" line="57" />
      <source>Affected area (drawn)</source>
      <translation>影响范围（绘制）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/markers/csv_import_dialog.py" line="79" />
      <source>Coordinate type</source>
      <translation>坐标类型</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/markers/csv_import_dialog.py" line="80" />
      <source>CRS (other system only)</source>
      <translation>坐标系（仅其他坐标系）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/markers/csv_import_dialog.py" line="198" />
      <source>Choose a survey file: OK is enabled once its coordinates can be read.</source>
      <translation>请选择测量文件：能读取其坐标后“确定”才可用。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/markers/csv_import_dialog.py" line="208" />
      <source>No row has readable coordinates: check the columns and the coordinate type.</source>
      <translation>没有一行能读取坐标：请检查所选列和坐标类型。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/markers/csv_import_dialog.py" line="211" />
      <source>Choose the CRS of the coordinates.</source>
      <translation>请选择坐标所用的坐标系。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/overlaps/screening_panel.py" line="104" />
      <source>; </source>
      <translation>；</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/markers/design_dialog.py" line="60" />
      <source>Designed markers go into the markers table with the status “designed”, numbered clockwise from the north-western-most vertex (for example {example}). A zone whose markers are all still designed is redesigned; a zone with markers in the field is left as it is.</source>
      <translation>设计的界桩写入界桩表，状态为“设计”，自最西北端节点起顺时针编号（例如 {example}）。界桩均为设计状态的区域将重新设计；已有实地界桩的区域保持不变。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/overlaps/point_panel.py" line="24" />
      <source>Location</source>
      <translation>位置</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/overlaps/point_panel.py" line="30" />
      <source>: </source>
      <translation>：</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/overlaps/point_panel.py" line="33" />
      <source>X (north) {north:.2f} m, Y (east) {east:.2f} m, EPSG:4548</source>
      <translation>X（北）{north:.2f} 米，Y（东）{east:.2f} 米，EPSG:4548</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/overlaps/point_panel.py" line="58" />
      <source> ({})</source>
      <translation>（{}）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/overlaps/screening_panel.py" line="58" />
      <source>Select a footprint to read its verdict and reason.</source>
      <translation>选择一个用地范围，查看其结论和理由。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/overlaps/screening_panel.py" line="69" />
      <source>Clear</source>
      <translation>清除</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/overlaps/screening_panel.py" line="70" />
      <source>Remove the screened footprints from the list and the map</source>
      <translation>从列表和地图上清除已筛查的用地范围</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/overlaps/screening_panel.py" line="104" />
      <source>{verdict}: {n}</source>
      <translation>{verdict}：{n}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/overlaps/screening_panel.py" line="120" />
      <source>Red-line zones</source>
      <translation>红线区</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/overlaps/screening_panel.py" line="120" />
      <source>Yellow-line zones</source>
      <translation>黄线区</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/overlaps/screening_panel.py" line="120" />
      <source>Approved land</source>
      <translation>已批用地</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/overlaps/screening_panel.py" line="122" />
      <source>{what}: {m2:,.1f} m²</source>
      <translation>{what}：{m2:,.1f} m²</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/ledger/gpkg.py" line="160" />
      <source>A case of this monitoring clue is registered already; nothing was changed.</source>
      <translation>该监测线索已登记为案件，未作任何更改。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="394" />
      <source>Zone indicators</source>
      <translation>保护区域指标</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="233" />
      <source>Monitoring clue number</source>
      <translation>监测线索编号</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="233" />
      <source>Monitoring batch</source>
      <translation>监测批次</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="233" />
      <source>Emergency or important matter</source>
      <translation>突发事件或重要情况</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="233" />
      <source>Reporting clock started at</source>
      <translation>报告计时起点</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="233" />
      <source>First report at</source>
      <translation>首报时间</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="233" />
      <source>Latest report at</source>
      <translation>最近报告时间</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="233" />
      <source>Final report at</source>
      <translation>终报时间</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="303" />
      <source>Entry</source>
      <translation>记录类型</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/ledger/emergency_report.py" line="120" />
      <source>Departments notified</source>
      <translation>通报部门</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/ledger/reports.py" line="116" />
      <source>Indicator</source>
      <translation>指标</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/ledger/reports.py" line="116" />
      <source>Unit</source>
      <translation>单位</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="325" />
      <source>Source of the value</source>
      <translation>数据来源</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/gpkg_upgrade.py" line="77" />
      <source>cannot add the field {field} to {table}</source>
      <translation>无法向表 {table} 添加字段 {field}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/clues/clues_to_cases.py" line="52" />
      <source>Register monitoring clues as cases</source>
      <translation>监测线索登记为案件</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/clues/clues_to_cases.py" line="65" />
      <source>Screened clues (output of Screen monitoring clues)</source>
      <translation>已筛查的线索（“监测线索筛查”的结果）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/clues/clues_to_cases.py" line="69" />
      <source>Batch (e.g. 2026年第三季度市级遥感监测)</source>
      <translation>批次（如 2026年第三季度市级遥感监测）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/clues/clues_to_cases.py" line="71" />
      <source>Received (discovered) at</source>
      <translation>接收（发现）时间</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/clues/clues_to_cases.py" line="74" />
      <source>Cases created</source>
      <translation>新建案件数</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/clues/clues_to_cases.py" line="74" />
      <source>Clues registered already</source>
      <translation>已登记的线索数</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/clues/clues_to_cases.py" line="74" />
      <source>Clues that open no case</source>
      <translation>无需立案的线索数</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/clues/clues_to_cases.py" line="74" />
      <source>Clues flagged, not screened</source>
      <translation>已标记、未筛查的线索数</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/clues/clues_to_cases.py" line="78" />
      <source>Record numbers created</source>
      <translation>新建案件编号</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/clues/clues_to_cases.py" line="102" />
      <source>{created} cases created ({numbers}); {skipped} clues registered already; {na} open no case; {flagged} flagged</source>
      <translation>新建案件 {created} 件（{numbers}）；已登记线索 {skipped} 条；无需立案 {na} 条；已标记 {flagged} 条</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/clues/clues_to_cases.py" line="107" />
      <source>Not screened, not registered: {}</source>
      <translation>未筛查、未登记：{}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/clues/screen_clues.py" line="44" />
      <source>Screen monitoring clues</source>
      <translation>监测线索筛查</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/clues/screen_clues.py" line="47" />
      <source>For each suspected change polygon or point of a monitoring batch (疑似问题图斑): the verdict as for a construction project (prohibited, needs_approval, approved_land or clear), the area inside red zones, yellow zones and approved land in m² (EPSG:4548), the zones, the town holding most of its area (others listed) and the lead department. A point gets the verdict of the zones containing it. Clues far outside the district or in offset GCJ-02 coordinates are flagged, not screened. Clue numbers must be given and unique in the batch.</source>
      <translation>对一批监测线索（疑似问题图斑，面或点）逐条筛查：与建设项目筛查相同的结论（prohibited 禁止、needs_approval 须经审查同意、approved_land 位于已批用地内、clear 不涉及），位于红线区、黄线区和已批规划建设用地内的面积（平方米，EPSG:4548），所涉区域，面积最大的镇街（并列出其他镇街）和牵头部门。点位线索按所在区域判定。远离武清区或为 GCJ-02 偏移坐标的线索只作标记，不予筛查。线索编号必须填写，且同一批次内不得重复。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/clues/screen_clues.py" line="56" />
      <source>Monitoring clues (polygons or points)</source>
      <translation>监测线索（面或点）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/clues/screen_clues.py" line="59" />
      <source>Clue number field</source>
      <translation>线索编号字段</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/clues/dialog.py" line="56" />
      <source>As the layer's CRS says</source>
      <translation>按图层坐标系</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/clues/dialog.py" line="57" />
      <source>GCJ-02 longitude and latitude (internet maps): convert them</source>
      <translation>GCJ-02 经纬度（互联网地图）：先行转换</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/clues/screen_clues.py" line="67" />
      <source>Coordinates of the clues</source>
      <translation>线索坐标</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/clues/screen_clues.py" line="69" />
      <source>Screened clues</source>
      <translation>筛查后的线索</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/clues/screen_clues.py" line="80" />
      <source>GCJ-02 coordinates are longitudes and latitudes, but the clues are in {crs}</source>
      <translation>GCJ-02 坐标为经纬度，但线索的坐标系是 {crs}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/clues/screen_clues.py" line="113" />
      <source>Clue {clue}: {flag}</source>
      <translation>线索 {clue}：{flag}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/clues/screen_clues.py" line="140" />
      <source>Without towns the clues get no town, and none is checked for lying far outside the district</source>
      <translation>未提供镇街图层：线索不归属镇街，也不检查是否远离本区</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/ledger/emergency_report.py" line="37" />
      <source>Emergency report</source>
      <translation>突发事件报告</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/ledger/emergency_report.py" line="51" />
      <source>First report due within (hours)</source>
      <translation>首报时限（小时）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/ledger/emergency_report.py" line="54" />
      <source>An update due every (hours)</source>
      <translation>续报间隔（小时）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/ledger/emergency_dialog.py" line="45" />
      <source>PDF files (*.pdf)</source>
      <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/ledger/emergency_dialog.py" line="188" />
      <source>Written: {}</source>
      <translation>已写出：{}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/ledger/import_indicators.py" line="36" />
      <source>Import zone indicators</source>
      <translation>导入保护区域指标</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/ledger/import_indicators.py" line="39" />
      <source>The quality and service-function indicators of the zones (water quality class of a river section, vegetation cover of a belt, any indicator with a unit) from a table (CSV, XLSX or any layer) with the columns zone (zone_uid, or the name with its class such as 北运河（红线区）), indicator, unit, value (a number, or a water quality class such as Ⅲ类), year and optionally source; Chinese column names (区域, 指标, 单位, 数值, 年度, 来源) are read too. A zone, indicator and year already stored get the new value. A table with any bad row imports nothing. The annual assessment pack shows them beside each zone's area with the change from the year before.</source>
      <translation>从表格（CSV、XLSX 或任意图层）导入保护区域的质量及服务功能指标（河段水质类别、林带植被覆盖率或任何带单位的指标）。列：zone（区域编号 zone_uid，或带管控级别的名称，如 北运河（红线区））、indicator（指标）、unit（单位）、value（数值，或水质类别如 Ⅲ类）、year（年度），可选 source（来源）；也识别中文列名（区域、指标、单位、数值、年度、来源）。已存在的同一区域、指标和年度更新为新值。表格中有任何错误行时不导入任何数据。年度考核材料在各区域面积旁列出这些指标及其同比变化。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/ledger/import_indicators.py" line="49" />
      <source>Indicator table</source>
      <translation>指标表</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/ledger/import_indicators.py" line="52" />
      <source>Indicators added</source>
      <translation>新增指标数</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/ledger/import_indicators.py" line="53" />
      <source>Indicators given a new value</source>
      <translation>更新数值的指标数</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/ledger/import_indicators.py" line="68" />
      <source>{added} indicators added, {replaced} given a new value</source>
      <translation>新增指标 {added} 条，更新 {replaced} 条</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/ledger/ledger_report.py" line="47" />
      <source>Quarter 1–4: the quarterly work-information report of the member units (new, in progress, closed, dismissed and overdue cases by lead department, category, protected zone and town, the emergencies and important matters with their reports, and the list of cases). Quarter 0: the annual assessment pack for the district government (due by 15 September): red and yellow areas by zone type and town, the zones' quality and service-function indicators (optional INDICATORS) with the change from the year before, cases by severity and outcome, and the estimated assessment points. Each is written as an Excel workbook and a PDF.</source>
      <translation>季度 1–4：成员单位季度工作信息报告（按牵头部门、类别、保护区域和镇街统计新增、办理中、办结、不予立案和逾期案件，突发事件和重要情况及其报告，以及案件清单）。季度 0：报区政府的年度考核材料（每年9月15日前）：按区域类型和镇街统计红线区、黄线区面积，各保护区域的质量及服务功能指标（可选 INDICATORS）及同比变化，按严重程度和办理结果统计案件，以及考核分估算。均输出 Excel 工作簿和 PDF。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/ledger/ledger_report.py" line="62" />
      <source>Zone indicators (for the annual pack)</source>
      <translation>保护区域指标（用于年度考核材料）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/clues/cases.py" line="136" />
      <source>Clue {clue}: it has no location</source>
      <translation>线索 {clue}：没有位置</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/clues/cases.py" line="143" />
      <source>No case was created</source>
      <translation>未登记任何案件</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/clues/cases.py" line="162" />
      <source>Clue {clue} ({verdict}): the project's zones give no such case there; screen the clues against the project's zones</source>
      <translation>线索 {clue}（{verdict}）：按项目的保护区域，该处不构成此类案件；请用项目的保护区域重新筛查线索</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/clues/cases.py" line="167" />
      <source>Clue {clue}: {problems}</source>
      <translation>线索 {clue}：{problems}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/clues/checklist.py" line="58" />
      <source>Checked on</source>
      <translation>核查日期</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/clues/checklist.py" line="58" />
      <source>Found on site</source>
      <translation>现场情况</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/clues/checklist.py" line="58" />
      <source>Confirmed (yes/no)</source>
      <translation>是否属实（是/否）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/clues/checklist.py" line="58" />
      <source>Proposed handling</source>
      <translation>处理意见</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/clues/checklist.py" line="62" />
      <source>Not screened</source>
      <translation>未筛查</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/clues/dialog.py" line="30" />
      <source>Clue number</source>
      <translation>线索编号</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/clues/checklist.py" line="71" />
      <source>Batch: {batch}; town: {town}; {n} clues</source>
      <translation>批次：{batch}；镇街：{town}；线索 {n} 条</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/clues/checklist.py" line="72" />
      <source>On-site verification</source>
      <translation>现场核查</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/clues/feature.py" line="49" />
      <source>Monitoring clues</source>
      <translation>监测线索</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/ledger/emergency_report.py" line="120" />
      <source>Content</source>
      <translation>内容</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/clues/checklist.py" line="166" />
      <source>On site</source>
      <translation>现场核查</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/clues/checklist.py" line="185" />
      <source>monitoring clue checklist</source>
      <translation>监测线索现场核查表</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/clues/checklist.py" line="188" />
      <source>On-site verification of monitoring clues: {town}</source>
      <translation>监测线索现场核查表：{town}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/clues/checklist.py" line="191" />
      <source>Batch: {batch}; {n} clues; printed {date}.</source>
      <translation>批次：{batch}；线索 {n} 条；打印日期 {date}。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/clues/checklist.py" line="192" />
      <source>Maps in EPSG:4548: red and yellow zones, approved land, the clue in blue.</source>
      <translation>图为 EPSG:4548：红线区、黄线区、已批规划建设用地，蓝色为线索图斑。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/clues/screening.py" line="133" />
      <source>A point clue, judged by the zones containing it: {verdict}</source>
      <translation>点位线索，按所在区域判定：{verdict}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/clues/screening.py" line="139" />
      <source>Lead department: {}</source>
      <translation>牵头部门：{}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/ledger/emergency_report.py" line="53" />
      <source>Wuqing permanent protected ecological areas: report of an important matter</source>
      <translation>武清区永久性保护生态区域重要情况报告</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/ledger/emergency_report.py" line="54" />
      <source>Wuqing permanent protected ecological areas: emergency report</source>
      <translation>武清区永久性保护生态区域突发事件报告</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/ledger/emergency_report.py" line="59" />
      <source>Reporting clock started: {start}; first report due within {hours:g} h, updates every {update:g} h until the final report (the plugin's defaults, not law)</source>
      <translation>报告计时起点：{start}；{hours:g} 小时内首报，此后每 {update:g} 小时续报，直至终报（插件默认值，并非法定时限）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/ledger/emergency_report.py" line="65" />
      <source>First report at {at}, {delay} after the clock started</source>
      <translation>首报时间 {at}，计时起点后 {delay}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/ledger/emergency_report.py" line="65" />
      <source>late by {}</source>
      <translation>迟报 {}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/ledger/emergency_report.py" line="68" />
      <source>Time since the first report: {}</source>
      <translation>距首报已 {}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/ledger/emergency_report.py" line="70" />
      <source>Final report at {}</source>
      <translation>终报时间 {}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/ledger/emergency_report.py" line="72" />
      <source>Next report due: {}</source>
      <translation>下次报告时限：{}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/ledger/emergency_report.py" line="73" />
      <source>OVERDUE</source>
      <translation>已逾期</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/ledger/emergency_report.py" line="75" />
      <source>Current status: {status} (as of {now})</source>
      <translation>当前状态：{status}（截至 {now}）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/ledger/emergency_report.py" line="88" />
      <source>{number} is not marked as an emergency or important matter</source>
      <translation>{number} 未标记为突发事件或重要情况</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/ledger/emergency_report.py" line="109" />
      <source>Reports</source>
      <translation>报告</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/ledger/emergency_report.py" line="140" />
      <source>Time</source>
      <translation>时间</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/ledger/emergency_report.py" line="120" />
      <source>Reported by</source>
      <translation>报告人</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/ledger/emergency_report.py" line="133" />
      <source>No report yet.</source>
      <translation>尚无报告。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/ledger/emergency_report.py" line="139" />
      <source>Handling steps</source>
      <translation>处理步骤</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/ledger/indicators.py" line="57" />
      <source>The indicator table lacks the columns {}</source>
      <translation>指标表缺少列：{}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/ledger/indicators.py" line="86" />
      <source>row {n}: {problem} ({value})</source>
      <translation>第 {n} 行：{problem}（{value}）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/ledger/indicators.py" line="88" />
      <source>Nothing was imported</source>
      <translation>未导入任何数据</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/ledger/reports.py" line="99" />
      <source>First report</source>
      <translation>首报</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/ledger/reports.py" line="99" />
      <source>Latest report</source>
      <translation>最近报告</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/ledger/reports.py" line="99" />
      <source>Final report</source>
      <translation>终报</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/ledger/reports.py" line="99" />
      <source>Report overdue</source>
      <translation>报告逾期</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/ledger/reports.py" line="100" />
      <source>First report due within {first:g} h, an update every {update:g} h until the final report (the plugin's defaults, not law).</source>
      <translation>{first:g} 小时内首报，此后每 {update:g} 小时续报，直至终报（插件默认值，并非法定时限）。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/ledger/reports.py" line="103" />
      <source>No emergency or important matter in the period.</source>
      <translation>本期无突发事件或重要情况。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/ledger/reports.py" line="104" />
      <source>Emergencies and important matters</source>
      <translation>突发事件和重要情况</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/ledger/reports.py" line="116" />
      <source>Change</source>
      <translation>变化</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/ledger/reports.py" line="117" />
      <source>Quality and service function (seed §五): values entered or imported by the environment bureau; a water quality class is its number (Ⅲ类 = 3, 劣Ⅴ类 = 6).</source>
      <translation>质量及服务功能：由区环保局录入或导入的数值；水质类别以数字表示（Ⅲ类 = 3，劣Ⅴ类 = 6）。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/ledger/reports.py" line="119" />
      <source>Quality and service-function indicators</source>
      <translation>质量及服务功能指标</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/ledger/reports.py" line="323" />
      <source>No quality or service-function indicator was entered for {year}.</source>
      <translation>{year} 年未录入质量及服务功能指标。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/ledger/source.py" line="156" />
      <source>A GeoPackage has no schema: leave SCHEMA empty</source>
      <translation>GeoPackage 没有模式：SCHEMA 请留空</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/ledger/source.py" line="164" />
      <source>Choose the layer of the case records</source>
      <translation>请选择违法违规记录图层</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/ledger/source.py" line="174" />
      <source>{layer} is not the case records of a project GeoPackage</source>
      <translation>{layer} 不是项目 GeoPackage 的违法违规记录</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/ledger/store.py" line="88" />
      <source>The record of clue {} is not complete</source>
      <translation>线索 {} 的记录不完整</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/ledger/store.py" line="159" />
      <source>The case cannot be marked so</source>
      <translation>无法这样标记该案件</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/ledger/store.py" line="165" />
      <source>This report cannot be added</source>
      <translation>无法添加该报告</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/clues/dialog.py" line="40" />
      <source>Folder of the verification checklists</source>
      <translation>核查表文件夹</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/clues/dialog.py" line="76" />
      <source>Choose the layer of the clues</source>
      <translation>请选择线索图层</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/clues/dialog.py" line="96" />
      <source>{created} cases registered ({numbers}); {skipped} clues were registered already; {na} open no case; {flagged} flagged, not registered</source>
      <translation>已登记案件 {created} 件（{numbers}）；已登记过的线索 {skipped} 条；无需立案 {na} 条；已标记、未登记 {flagged} 条</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/clues/dialog.py" line="110" />
      <source>Checklists written for {n} towns into {folder}</source>
      <translation>已为 {n} 个镇街写出核查表，位于 {folder}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/clues/dialog.py" line="154" />
      <source>{n} clues screened: {counts}</source>
      <translation>已筛查线索 {n} 条：{counts}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/clues/feature.py" line="39" />
      <source>Import monitoring clues…</source>
      <translation>导入监测线索…</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/clues/feature.py" line="39" />
      <source>Screen a batch of suspected change polygons from monitoring, register the cases and write the towns' verification checklists</source>
      <translation>筛查一批遥感监测疑似问题图斑，登记案件，并为各镇街生成现场核查表</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/ledger/emergency_dialog.py" line="45" />
      <source>Report so far (PDF)</source>
      <translation>截至目前的报告（PDF）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/ledger/emergency_dialog.py" line="81" />
      <source>Mark as: {}</source>
      <translation>标记为：{}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/ledger/emergency_dialog.py" line="153" />
      <source>Not marked as an emergency or important matter.</source>
      <translation>未标记为突发事件或重要情况。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/ledger/emergency_dialog.py" line="156" />
      <source>{since} since the first report</source>
      <translation>距首报 {since}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/ledger/emergency_dialog.py" line="159" />
      <source>final report in</source>
      <translation>已终报</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/ledger/emergency_dialog.py" line="161" />
      <source>next report due {}</source>
      <translation>下次报告时限 {}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/ledger/model.py" line="90" />
      <source>REPORT OVERDUE</source>
      <translation>报告逾期</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/ledger/emergency_dialog.py" line="175" />
      <source>emergency report</source>
      <translation>突发事件报告</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/ledger/model.py" line="27" />
      <source>Emergency</source>
      <translation>突发事件</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/ledger/model.py" line="84" />
      <source>{kind} · final report in</source>
      <translation>{kind} · 已终报</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/ledger/model.py" line="86" />
      <source>{kind} · first report due {due}</source>
      <translation>{kind} · 首报时限 {due}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/ledger/model.py" line="88" />
      <source>{kind} · {since} since the first report</source>
      <translation>{kind} · 距首报 {since}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/gdal_errors.py" line="82" />
      <source>Reading {what} failed, so what was read is incomplete and nothing was made of it (GDAL: {error}). Check the file: restore it from a backup or repair it.</source>
      <translation>读取“{what}”时出错，读到的数据不完整，因此未据此生成任何结果（GDAL：{error}）。请检查该文件：从备份恢复或修复后再试。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/zone_records.py" line="37" />
      <source>feature {fid}</source>
      <translation>要素 {fid}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/zone_records.py" line="65" />
      <source>Two different features carry the same zone_uid, so one of them would be left out of every analysis: {pairs}. Give each zone its own zone_uid (or delete the copy).</source>
      <translation>两个不同的要素使用了相同的 zone_uid，其中一个会在所有分析中被遗漏：{pairs}。请为每个区域设置唯一的 zone_uid（或删除重复的副本）。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/ledger/reports.py" line="154" />
      <source>Not counted, for want of a readable polygon (the totals lack their area): {zones}.</source>
      <translation>以下区域没有可读取的面，未计入（合计中缺少其面积）：{zones}。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/location.py" line="37" />
      <source>Its numbers look like CGCS2000 / 3-degree Gauss–Krüger CM 117°E: set the layer's CRS to EPSG:4548 (Layer Properties → Source) rather than reprojecting it.</source>
      <translation>其坐标数值像是 CGCS2000 / 3 度带高斯–克吕格投影（中央经线 117°E）：请将该图层的坐标参考系设为 EPSG:4548（图层属性 → 源），而不是对其重新投影。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/location.py" line="39" />
      <source>Its numbers look like Gauss–Krüger eastings with the zone number 39 in front: set the layer's CRS to EPSG:4527.</source>
      <translation>其坐标数值像是带号 39 在前的高斯–克吕格横坐标：请将该图层的坐标参考系设为 EPSG:4527。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/location.py" line="41" />
      <source>Its numbers look like longitude and latitude: set the layer's CRS to EPSG:4490 (CGCS2000).</source>
      <translation>其坐标数值像是经纬度：请将该图层的坐标参考系设为 EPSG:4490（CGCS2000）。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/location.py" line="43" />
      <source>Its X and Y look exchanged (northing first, as surveyors write X/Y): swap them, then use EPSG:4548 (EPSG:4527 with the zone number 39, EPSG:4490 in degrees).</source>
      <translation>其 X 与 Y 似乎对调了（按测量习惯北坐标在前）：请交换两者，再使用 EPSG:4548（带号 39 在前用 EPSG:4527，经纬度用 EPSG:4490）。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/location.py" line="45" />
      <source>Check the layer's CRS: Wuqing's data is in EPSG:4548 (EPSG:4527 with the zone number 39, EPSG:4490 in degrees).</source>
      <translation>请检查该图层的坐标参考系：武清的数据使用 EPSG:4548（带号 39 在前用 EPSG:4527，经纬度用 EPSG:4490）。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/location.py" line="52" />
      <source>no CRS</source>
      <translation>无坐标参考系</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/location.py" line="53" />
      <source>an unknown CRS</source>
      <translation>未知坐标参考系</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/location.py" line="60" />
      <source>The layer “{layer}” ({crs}) does not lie in Wuqing District once in {target} (first coordinates {x}, second coordinates {y}).</source>
      <translation>图层“{layer}”（{crs}）转换到 {target} 后不在武清区范围内（第一坐标 {x}，第二坐标 {y}）。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/zone_input.py" line="212" />
      <source>“{layer}” holds no protected zone with a polygon: with no zones every place would look unprotected. Choose the layer of the red and yellow zones.</source>
      <translation>“{layer}”中没有任何带面的保护区域：没有区域时，所有地点都会显示为不受保护。请选择红线区和黄线区图层。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/gpkg_upgrade.py" line="44" />
      <source>{} exists already: nothing was upgraded</source>
      <translation>{} 已存在：未做任何升级</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/gpkg_upgrade.py" line="97" />
      <source>{name} needs no upgrade (data model version {found})</source>
      <translation>{name} 无需升级（数据模型版本 {found}）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/gpkg_upgrade.py" line="103" />
      <source>{name} could not be upgraded and was left as it was ({error}); a copy is at {copy}</source>
      <translation>{name} 未能升级，已保持原样（{error}）；副本位于 {copy}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/postgis/catalog.py" line="68" />
      <source>The schema {schema} holds version {found} of the data model; this plugin works with version {expected}. Its owner upgrades it, in one transaction: wuqing_eco:create_postgis with UPGRADE=true.</source>
      <translation>模式 {schema} 为数据模型第 {found} 版；本插件使用第 {expected} 版。请由其所有者在一个事务中升级：运行 wuqing_eco:create_postgis 并设置 UPGRADE=true。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/postgis/create.py" line="126" />
      <source>Only the owner of the schema {schema} (the login that created it) or a superuser may upgrade it; the login {user} is neither.</source>
      <translation>只有模式 {schema} 的所有者（创建它的登录账号）或超级用户才能升级它；登录账号 {user} 两者都不是。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/postgis/create.py" line="193" />
      <source>Schema {schema} upgraded from version {old} to version {new} of the data model</source>
      <translation>模式 {schema} 已从数据模型第 {old} 版升级到第 {new} 版</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/postgis/errors.py" line="77" />
      <source>The change log is written by the database itself: no login may add, change or delete its entries (only a migration by wq_admin brings a GeoPackage's log along).</source>
      <translation>修改记录由数据库自行写入：任何登录账号都不能新增、修改或删除其中的条目（只有 wq_admin 执行的迁移会带入 GeoPackage 的修改记录）。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/postgis/errors.py" line="97" />
      <source>{table} “{label}” was changed by someone else since it was read (stored version {stored}, this change was made on version {base}): nothing was saved. Compare the values and save again.</source>
      <translation>{table}“{label}”在读取之后已被他人修改（已保存的是第 {stored} 版，本次修改基于第 {base} 版）：未保存任何内容。请对照取值后再次保存。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/postgis/migrate.py" line="141" />
      <source>Change log: {n} entries of the GeoPackage kept</source>
      <translation>修改记录：保留了 GeoPackage 中的 {n} 条</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="383" />
      <source>Change log</source>
      <translation>修改记录</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="383" />
      <source>Table</source>
      <translation>数据表</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="383" />
      <source>Application</source>
      <translation>应用程序</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="383" />
      <source>Old values</source>
      <translation>原值</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/schema.py" line="383" />
      <source>New values</source>
      <translation>新值</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/storage.py" line="292" />
      <source>{name} holds version {found} of the data model; this plugin works with version {expected}. Open it with “Open or create project data…” to upgrade it (a copy of it is kept), or run wuqing_eco:create_geopackage on it with UPGRADE=true.</source>
      <translation>{name} 为数据模型第 {found} 版；本插件使用第 {expected} 版。请用“打开/新建项目数据…”打开它以进行升级（会先保留一份副本），或对它运行 wuqing_eco:create_geopackage 并设 UPGRADE=true。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/storage.py" line="378" />
      <source>{name} holds version {found} of the data model, made by a newer version of the plugin (this one knows version {expected}): update the plugin.</source>
      <translation>{name} 为数据模型第 {found} 版，由更新版本的插件创建（本插件只支持第 {expected} 版）：请更新插件。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/project/create_geopackage.py" line="39" />
      <source>Creates a GeoPackage with every table of the plugin's data model in EPSG:4548 (zones, towns, approved construction land, boundary markers, violation records and their history). With the sample option it is filled with the illustrative Wuqing dataset, which is not the legal boundary. With the upgrade option an existing GeoPackage of an older version of the data model is brought to the current one instead, in one transaction, after a copy of it is kept beside it.</source>
      <translation>新建包含插件全部数据表的 GeoPackage（EPSG:4548）：保护区域、镇街、已批规划建设用地、界桩标志、违法违规记录及其处理记录。选择示例数据时写入武清区示意数据，非法定边界。选择升级时则将已有的旧版数据模型 GeoPackage 升级到当前版本：先在旁边保留一份副本，再在一个事务中完成升级。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/project/create_geopackage.py" line="53" />
      <source>Upgrade an existing GeoPackage of an older version of the data model</source>
      <translation>升级已有的旧版数据模型 GeoPackage</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/project/create_geopackage.py" line="74" />
      <source>{name} holds the current version of the data model: nothing was changed</source>
      <translation>{name} 已是当前版本的数据模型：未作任何更改</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/project/create_geopackage.py" line="78" />
      <source>{name} upgraded from version {old} to version {new} of the data model; the file as it was is kept as {copy}</source>
      <translation>{name} 已从数据模型第 {old} 版升级到第 {new} 版；升级前的文件保留为 {copy}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/project/create_postgis.py" line="30" />
      <source>Creates, in one transaction, the plugin's schema in a PostgreSQL database: PostGIS when it is missing and the login may enable it, the group roles (wq_admin, wq_&lt;department&gt;, wq_town, wq_viewer, wq_public), every table of the data model in EPSG:4548 with its checks, the record numbering, the append-only history, the views without private fields, the public ledger and the rights of each role, the version check of every edit and the change log. On a schema that is already complete it changes nothing and says so. With UPGRADE, the owner of a schema of an older version of the data model brings it to the current one, in one transaction; without it, an older schema is refused. DATABASE is a saved PostgreSQL connection or a connection string (service=… or host=… port=… dbname=… user=…).</source>
      <translation>在一个事务中于 PostgreSQL 数据库内创建本插件的模式：缺少 PostGIS 且登录账号有权时启用 PostGIS，创建组角色（wq_admin、wq_&lt;部门&gt;、wq_town、wq_viewer、wq_public），按 EPSG:4548 创建数据模型的全部表及其校验、记录编号、只增不改的历史记录、不含隐私字段的视图、公开台账和各角色的权限，以及每次修改的版本校验和修改记录。模式已完整时不做任何更改并予以说明。勾选 UPGRADE 时，由模式所有者在一个事务中将旧版数据模型的模式升级到当前版本；不勾选时拒绝旧版模式。DATABASE 为已保存的 PostgreSQL 连接或连接字符串（service=… 或 host=… port=… dbname=… user=…）。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/project/create_postgis.py" line="43" />
      <source>Upgrade a schema of an older version of the data model</source>
      <translation>升级旧版数据模型的模式</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/project/create_postgis.py" line="45" />
      <source>Upgraded from version (0: not upgraded)</source>
      <translation>升级前的版本（0：未升级）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/change_log.py" line="45" />
      <source>Shape and position</source>
      <translation>图形与位置</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/change_log.py" line="77" />
      <source>X (north) {x:.2f} m, Y (east) {y:.2f} m</source>
      <translation>X（北）{x:.2f} 米，Y（东）{y:.2f} 米</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/change_log.py" line="79" />
      <source>{ha:.4f} ha in {parts} part(s), {n} vertices</source>
      <translation>{ha:.4f} 公顷，{parts} 个部分，{n} 个节点</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/change_log.py" line="88" />
      <source>(empty)</source>
      <translation>（空）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/change_log.py" line="123" />
      <source>version {n} · before the change log began</source>
      <translation>第 {n} 版 · 修改记录开始之前</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/change_log.py" line="126" />
      <source>version {n}</source>
      <translation>第 {n} 版</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/change_log.py" line="151" />
      <source>{who}, {when}</source>
      <translation>{who}，{when}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/change_log.py" line="169" />
      <source>This record was deleted; it cannot be restored from here.</source>
      <translation>该记录已被删除，无法在此恢复。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/change_log.py" line="171" />
      <source>Version {n} is the current one: there is nothing to restore.</source>
      <translation>第 {n} 版就是当前版本：无需恢复。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/change_log.py" line="175" />
      <source>The change log lacks version {missing} of this record (changed outside the plugin, or before the log began): version {n} cannot be rebuilt.</source>
      <translation>修改记录中缺少该记录的第 {missing} 版（在插件之外修改过，或早于修改记录开始之时）：无法重建第 {n} 版。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/change_log.py" line="180" />
      <source>Version {n} differs from the current one only in fields that are not written back ({fields}).</source>
      <translation>第 {n} 版与当前版本的差别只在不予恢复的字段上（{fields}）。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/change_log.py" line="193" />
      <source>{layer} has unsaved edits: save or discard them, then restore.</source>
      <translation>“{layer}”有未保存的编辑：请先保存或放弃，再进行恢复。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/change_log.py" line="196" />
      <source>{layer} keeps no versions: nothing can be restored.</source>
      <translation>“{layer}”不记录版本：无法恢复。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/change_log.py" line="199" />
      <source>The record was changed by someone else since its change log was read (version {now} now, {seen} then): read the log again.</source>
      <translation>读取修改记录之后，该记录已被他人修改（现为第 {now} 版，读取时为第 {seen} 版）：请重新打开修改记录。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/change_log.py" line="203" />
      <source>{layer} cannot be edited by this login.</source>
      <translation>当前登录账号不能编辑“{layer}”。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/ledger/store.py" line="183" />
      <source>Case {no} was changed by someone else since it was opened (version {mine} then, {stored} now): nothing was saved. Compare the values and save again.</source>
      <translation>案件 {no} 在打开之后已被他人修改（打开时为第 {mine} 版，现为第 {stored} 版）：未保存任何内容。请对照取值后再次保存。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/ledger/status_dialog.py" line="151" />
      <source>The case changed meanwhile: check the values and save again.</source>
      <translation>案件在此期间已有变化：请核对取值后再次保存。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/markers/feature.py" line="180" />
      <source>Marker {no} stays where it was saved by someone else.</source>
      <translation>界桩 {no} 保持他人保存的位置不变。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/markers/marker_form.py" line="103" />
      <source>Marker {} was saved by someone else meanwhile: compare the values and save again.</source>
      <translation>界桩 {} 在此期间已被他人保存：请对照取值后再次保存。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/project/feature.py" line="54" />
      <source>{name} upgraded from version {found}; the copy from before is {copy}</source>
      <translation>{name} 已从第 {found} 版升级；升级前的副本为 {copy}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/project/upgrade.py" line="20" />
      <source>Upgrade the project data</source>
      <translation>升级项目数据</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/project/upgrade.py" line="26" />
      <source>{name} holds version {found} of the data model; this plugin works with version {expected}: the upgrade adds what the later versions added (monitoring clues and zone indicators, a version counter on every edited table, a change log). A copy of the file is kept first, as {copy}. Upgrade it now?</source>
      <translation>{name} 为数据模型第 {found} 版；本插件使用第 {expected} 版：升级将补上后续版本新增的内容（遥感监测线索与区域指标、每张可编辑表的版本号、修改记录）。升级前会先保留一份副本：{copy}。现在升级吗？</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/versions/conflict_dialog.py" line="36" />
      <source>Field</source>
      <translation>字段</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/versions/conflict_dialog.py" line="36" />
      <source>Your value</source>
      <translation>您的取值</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/versions/conflict_dialog.py" line="36" />
      <source>Stored value</source>
      <translation>已保存的取值</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/versions/conflict_dialog.py" line="36" />
      <source>Stored by</source>
      <translation>保存人</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/versions/conflict_dialog.py" line="36" />
      <source>Keep</source>
      <translation>保留</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/versions/conflict_dialog.py" line="61" />
      <source>Nothing is lost: cancel to keep your values in the form or edit session and decide later.</source>
      <translation>不会丢失任何内容：取消后，您的取值仍保留在表单或编辑会话中，可稍后再决定。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/versions/conflict_dialog.py" line="82" />
      <source>Mine</source>
      <translation>我的</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/versions/conflict_dialog.py" line="82" />
      <source>Stored</source>
      <translation>已保存的</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/versions/feature.py" line="77" />
      <source>Change history…</source>
      <translation>修改记录…</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/versions/feature.py" line="37" />
      <source>The change history of the selected zone, marker or case, and restoring a version</source>
      <translation>查看所选区域、界桩或案件的修改记录，并可恢复到某一版本</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/versions/feature.py" line="95" />
      <source>Not saved</source>
      <translation>未保存</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/versions/feature.py" line="95" />
      <source>Your changes to {layer} are kept in its edit session: save them again or discard them.</source>
      <translation>您对“{layer}”的修改仍保留在编辑会话中：请再次保存或放弃。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/versions/feature.py" line="103" />
      <source>Saved</source>
      <translation>已保存</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/versions/feature.py" line="103" />
      <source>{layer}: your choices were saved.</source>
      <translation>“{layer}”：已按您的选择保存。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/versions/feature.py" line="111" />
      <source>Change history</source>
      <translation>修改记录</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/versions/feature.py" line="111" />
      <source>Select one zone, marker or case on the map first.</source>
      <translation>请先在地图上选择一个区域、界桩或案件。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/versions/feature.py" line="131" />
      <source>Someone else changed the record meanwhile: compare the values in the view that opened, then save.</source>
      <translation>此期间记录已被他人修改：请在弹出的对照窗口中核对取值后保存。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/versions/feature.py" line="134" />
      <source>Version {n} was written back as a new version.</source>
      <translation>已将第 {n} 版作为新版本写回。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/versions/feature.py" line="135" />
      <source> Not written back: {}.</source>
      <translation> 未写回：{}。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/versions/history_dialog.py" line="55" />
      <source>Restore this version</source>
      <translation>恢复到此版本</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/versions/history_dialog.py" line="44" />
      <source>Change history — {}</source>
      <translation>修改记录 — {}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/versions/history_dialog.py" line="49" />
      <source>Version and change</source>
      <translation>版本与修改</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/versions/history_dialog.py" line="49" />
      <source>From</source>
      <translation>自</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/versions/history_dialog.py" line="49" />
      <source>To</source>
      <translation>至</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/versions/history_dialog.py" line="56" />
      <source>Write the selected version back as a new change, logged like any other</source>
      <translation>将所选版本作为一次新的修改写回，并像其他修改一样记入修改记录</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/versions/history_dialog.py" line="78" />
      <source>No change of this record is logged yet.</source>
      <translation>该记录尚无修改记录。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/versions/history_dialog.py" line="107" />
      <source>Write version {n} back? It becomes a new version, logged like any other; the versions in between stay in the history.</source>
      <translation>将第 {n} 版写回吗？写回后成为一个新版本，并像其他修改一样记入修改记录；其间的各版本仍保留在记录中。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/versions/resolve.py" line="43" />
      <source>someone else</source>
      <translation>他人</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/versions/resolve.py" line="45" />
      <source>{table} “{label}” was saved by {who} ({when}, now version {version}) after you began to change it. Choose, field by field, your value or the stored one, then save again.</source>
      <translation>在您开始修改之后，{table}“{label}”已由 {who} 保存（{when}，现为第 {version} 版）。请逐个字段选择保留您的取值还是采用已保存的取值，然后再次保存。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/versions/resolve.py" line="49" />
      <source>Someone else changed this record</source>
      <translation>该记录已被他人修改</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/data_source.py" line="181" />
      <source>The login {user} may read only the public ledger (public_ledger) of {db}: the project's layers need the role of a department, a town government or a viewer (wuqing_eco:grant_access).</source>
      <translation>登录账号 {user} 在 {db} 中只能读取公开台账（public_ledger）：项目图层需要部门、镇街政府或只读用户的角色（wuqing_eco:grant_access）。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/postgis/sources.py" line="45" />
      <source>This connection string holds a password, and QGIS writes a layer's connection into the project file: leave the password out and let libpq find it (PGPASSWORD, ~/.pgpass or a service of pg_service.conf), or use a saved QGIS connection with an authentication configuration.</source>
      <translation>此连接字符串包含密码，而 QGIS 会把图层的连接写入项目文件：请去掉密码，由 libpq 自行获取（PGPASSWORD、~/.pgpass 或 pg_service.conf 中的服务），或使用带认证配置的 QGIS 已保存连接。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/postgis/sources.py" line="55" />
      <source>The saved connection “{name}” keeps its password in QGIS's settings, and QGIS writes a layer's connection into the project file: edit the connection and keep the user name and password in an authentication configuration instead.</source>
      <translation>已保存的连接“{name}”把密码存放在 QGIS 设置中，而 QGIS 会把图层的连接写入项目文件：请编辑该连接，改为在认证配置中保存用户名和密码。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/postgis/work_tables.py" line="22" />
      <source>“{name}” cannot name a result table: it is not a plain lower-case name or it is one of the data model's tables.</source>
      <translation>“{name}”不能作为成果表名：它不是简单的小写名称，或与数据模型中的表同名。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/layers/postgis/work_tables.py" line="37" />
      <source>The result table {name} could not be written: {message}</source>
      <translation>无法写入成果表 {name}：{message}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/ledger/export_ledger.py" line="78" />
      <source>A public export masks personal data wherever another text repeats it, and this layer lacks the fields that hold it ({fields}): export the shared database's public ledger (public_ledger) instead, or let the environment bureau export.</source>
      <translation>公开导出需要在其他文字重复出现个人信息时予以遮盖，而此图层缺少存放这些信息的字段（{fields}）：请改为导出共享数据库的公开台账（public_ledger），或由区环保局导出。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/host.py" line="133" />
      <source>Switch off “Automatically create transaction groups” (Project ▸ Properties ▸ Data Sources): the ledger saves each case in a transaction of its own.</source>
      <translation>请关闭“自动创建事务组”（项目 ▸ 属性 ▸ 数据源）：台账以独立事务保存每个案件。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/project/feature.py" line="24" />
      <source>Open the project's GeoPackage or shared database, or create a GeoPackage, and load its layers</source>
      <translation>打开项目的 GeoPackage 或共享数据库，或新建 GeoPackage，并加载其图层</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/project/source_dialog.py" line="68" />
      <source>QGIS has no saved PostgreSQL connection yet: add one (Browser panel ▸ PostgreSQL ▸ New Connection…, keeping the user name and password in an authentication configuration), then open this dialog again.</source>
      <translation>QGIS 尚无已保存的 PostgreSQL 连接：请先新建一个（浏览器面板 ▸ PostgreSQL ▸ 新建连接…，用户名和密码保存在认证配置中），然后再打开此对话框。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/project/source_dialog.py" line="78" />
      <source>The attachments folder {} does not exist.</source>
      <translation>附件文件夹 {} 不存在。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/project/source_dialog.py" line="84" />
      <source>the login and password come from the authentication configuration {}</source>
      <translation>登录账号和密码来自认证配置 {}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/project/source_dialog.py" line="85" />
      <source>no authentication configuration: the login comes from the connection, a service file or .pgpass</source>
      <translation>未使用认证配置：登录账号来自连接本身、服务文件或 .pgpass</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/project/source_dialog.py" line="86" />
      <source>attachments go to {}</source>
      <translation>附件保存到 {}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/project/source_dialog.py" line="86" />
      <source>cases are saved without attachments</source>
      <translation>案件保存时不带附件</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/project/source_dialog.py" line="87" />
      <source>The layers will read the schema {schema} of {name}; {how}; {files}.</source>
      <translation>图层将读取 {name} 的模式 {schema}；{how}；{files}。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/project/source_dialog.py" line="93" />
      <source>Choose an existing GeoPackage or the name of a new one.</source>
      <translation>请选择已有的 GeoPackage，或输入新文件名。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/project/source_dialog.py" line="98" />
      <source>{} will be opened.</source>
      <translation>将打开 {}。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/project/source_dialog.py" line="99" />
      <source>{} will be created.</source>
      <translation>将新建 {}。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/project/source_dialog.py" line="115" />
      <source>Shared attachments folder</source>
      <translation>共享附件文件夹</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/zone_input.py" line="206" />
      <source>{n} zones have coordinates that are not numbers (NaN or infinite); fix their geometry, then run again: {features}</source>
      <translation>{n} 个保护区域的坐标含非数值或无穷大（NaN/∞）：请先修正其几何图形后再运行：{features}</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/clues/clues_to_cases.py" line="55" />
      <source>Every screened clue whose verdict is prohibited or needs_approval becomes a case of the ledger, registered as the record dialog registers one (source: monitoring; linked zones, town, routing, nearest marker; severity from the verdict; the clue's polygon as the affected area; the clue number on the case; its verdict and areas in the description; first history row). All in one transaction. A clue number already in the ledger is skipped, so running it again creates nothing. SOURCE: the project's GeoPackage, or a PostgreSQL connection (a saved connection's name or a connection string) with SCHEMA, where the database numbers the cases and its rights apply. Outputs: CREATED, SKIPPED, NOT_APPLICABLE (clear or in approved land), FLAGGED (not screened).</source>
      <translation>研判结论为“禁止”或“需审批”的每条线索均按登记对话框的规则登记为台账案件（来源：遥感监测；关联区域、所属镇街、办理分工、最近界桩；按研判结论确定严重程度；以线索图斑为影响范围；案件记录线索编号；在描述中写明研判结论和面积；首条处理记录）。全部在一个事务中完成。台账中已有的线索编号将跳过，因此重复运行不会新建任何案件。SOURCE：项目的 GeoPackage，或 PostgreSQL 连接（已保存连接的名称或连接字符串）及 SCHEMA，此时由数据库编号并适用其权限。输出：CREATED、SKIPPED、NOT_APPLICABLE（无问题或位于已批建设用地内）、FLAGGED（未研判）。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/field/package_field.py" line="50" />
      <source>Writes into an empty folder a QGIS project and the GeoPackage it reads, all paths relative, for QField: the zones, towns and approved land that meet the chosen towns (read-only, styled as on the desktop) and, for a patrol, the towns' open cases (read-only) and a layer for new cases (point, category filtered by the zones there, description, optional severity, photos); for a marker survey, the towns' markers with their design positions, status, photos, reference objects and the GNSS accuracy QField records. Towns: names or codes separated by commas or 、; empty: the whole district. SOURCE: the project's GeoPackage or a PostgreSQL connection with SCHEMA (the package itself is always GeoPackages, for QField offline). Bring the work back with “Import field results”.</source>
      <translation>在一个空文件夹中写入供 QField 使用的 QGIS 项目及其读取的 GeoPackage，所有路径均为相对路径：与所选镇街相交的保护区域、镇街和已批建设用地（只读，样式与桌面端一致）；巡查包另含这些镇街的未办结案件（只读）和新案件图层（点位、按所在区域筛选的问题类别、描述、可选严重程度、照片）；勘界包另含这些镇街的界桩及其设计位置、状态、照片、参照物以及 QField 记录的 GNSS 精度。镇街：名称或代码，以逗号或、分隔；留空为全区。SOURCE：项目的 GeoPackage 或 PostgreSQL 连接及 SCHEMA（数据包本身始终为 GeoPackage，供 QField 离线使用）。用“导入外业成果”将外业成果带回。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/field/sync_field.py" line="43" />
      <source>Brings the work of a field package home. A patrol's new cases become cases of the ledger through the record dialog's rules (number, routing, severity, first history row, photos copied); the place is worked out again from the store's map. A survey's marker changes are applied as surveys with their history, moved markers checked against the design. Syncing the same package again writes nothing twice; a case outside the package's towns, a marker changed at the office since the package was made, a missing photo: each is reported, the rest still syncs. SOURCE: the project's GeoPackage or a PostgreSQL connection with SCHEMA; on the database the login's rights apply and a marker changed there meanwhile is a conflict, not overwritten. The report is written into the package folder.</source>
      <translation>将外业数据包的成果带回。巡查新发现的问题按登记对话框的规则登记为台账案件（编号、办理分工、严重程度、首条处理记录、复制照片）；位置信息依据库中地图重新确定。勘界包中界桩的修改作为测量成果连同历史记录写入，移动的界桩与设计位置比对检查。同一数据包再次导入不会重复写入；包外镇街的案件、数据包导出后办公室已修改的界桩、缺失的照片均逐项报告，其余照常导入。SOURCE：项目的 GeoPackage 或 PostgreSQL 连接及 SCHEMA；在数据库中适用登录账号的权限，期间已被他人修改的界桩按冲突报告，不予覆盖。报告写入数据包文件夹。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/ledger/emergency_report.py" line="40" />
      <source>The report so far of a case marked as an emergency or important matter (seed §九): the case, the first report, every update in order and the final report, with their times, who reported, the departments notified and the text; whether the first report came in time and when the next is due; the handling steps and the current status. INPUT: the case records of the project's GeoPackage or of the shared PostgreSQL database. The due times are the plugin's defaults (first report within 1 hour, an update every 24 hours), not law: set them here.</source>
      <translation>标记为突发事件或重要情况的案件截至目前的报告（种子文件第九条）：案件概况、首报、按顺序排列的每次续报以及终报，含时间、报告人、通报部门和正文；首报是否及时、下次报告何时到期；处置步骤和当前状态。INPUT：项目 GeoPackage 或共享 PostgreSQL 数据库中的案件记录。到期时间为插件默认值（首报 1 小时内，每 24 小时续报一次），并非法定要求，可在此修改。</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/ledger/source_input.py" line="27" />
      <source>Project data: the path of its GeoPackage, or a PostgreSQL connection (a saved connection's name or a connection string)</source>
      <translation>项目数据：其 GeoPackage 的路径，或 PostgreSQL 连接（已保存连接的名称或连接字符串）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/processing/ledger/source_input.py" line="30" />
      <source>Schema of the PostgreSQL database (default wuqing_eco; empty for a GeoPackage)</source>
      <translation>PostgreSQL 数据库的模式（默认 wuqing_eco；GeoPackage 留空）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/ledger/source.py" line="144" />
      <source>Choose the project data (its GeoPackage or a PostgreSQL connection) to work with</source>
      <translation>请选择要使用的项目数据（其 GeoPackage 或 PostgreSQL 连接）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/ledger/source.py" line="150" />
      <source>{value} is neither a GeoPackage (.gpkg) of the project data nor a PostgreSQL connection (the name of a saved QGIS connection, or a connection string such as service=… or host=… dbname=… user=…)</source>
      <translation>{value} 既不是项目数据的 GeoPackage（.gpkg），也不是 PostgreSQL 连接（QGIS 已保存连接的名称，或 service=… 、host=… dbname=… user=… 这样的连接字符串）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/services/ledger/source.py" line="168" />
      <source>{layer} is not the case records of the shared database</source>
      <translation>{layer} 不是共享数据库中的案件记录</translation>
    </message>
  </context>
  <context>
    <name>CluesDialog</name>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/clues/dialog.ui" line="6" />
      <source>Import monitoring clues</source>
      <translation>导入监测线索</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/clues/dialog.ui" line="10" />
      <source>Clue layer</source>
      <translation>线索图层</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/clues/dialog.ui" line="12" />
      <source>Clue number field</source>
      <translation>线索编号字段</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/clues/dialog.ui" line="14" />
      <source>Coordinates</source>
      <translation>坐标系</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/clues/dialog.ui" line="16" />
      <source>Batch</source>
      <translation>批次</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/clues/dialog.ui" line="17" />
      <source>e.g. 2026年第三季度市级遥感监测</source>
      <translation>如 2026年第三季度市级遥感监测</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/clues/dialog.ui" line="18" />
      <source>Received at</source>
      <translation>接收时间</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/clues/dialog.ui" line="20" />
      <source>Recorded by</source>
      <translation>登记人</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/clues/dialog.ui" line="24" />
      <source>Screen the clues</source>
      <translation>筛查线索</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/clues/dialog.ui" line="43" />
      <source>Register cases</source>
      <translation>登记案件</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/clues/dialog.ui" line="44" />
      <source>Verification checklists…</source>
      <translation>现场核查表…</translation>
    </message>
  </context>
  <context>
    <name>EmergencyDialog</name>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/ledger/emergency_dialog.ui" line="6" />
      <source>Emergency or important matter</source>
      <translation>突发事件或重要情况</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/ledger/emergency_dialog.ui" line="22" />
      <source>Entry</source>
      <translation>记录类型</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/ledger/emergency_dialog.ui" line="24" />
      <source>When</source>
      <translation>时间</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/ledger/emergency_dialog.ui" line="26" />
      <source>Reported by</source>
      <translation>报告人</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/ledger/emergency_dialog.ui" line="28" />
      <source>Departments notified</source>
      <translation>通报部门</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/ledger/emergency_dialog.ui" line="30" />
      <source>Report</source>
      <translation>报表</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/ledger/emergency_dialog.ui" line="31" />
      <source>What happened, what was done, who was notified</source>
      <translation>发生了什么、采取了哪些措施、通报了谁</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/ledger/emergency_dialog.ui" line="32" />
      <source>First report due within (h)</source>
      <translation>首报时限（小时）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/ledger/emergency_dialog.ui" line="35" />
      <source>A default of the plugin, not law: set what your rules say</source>
      <translation>插件默认值，并非法定时限：请按所执行的规定设置</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/ledger/emergency_dialog.ui" line="34" />
      <source>An update due every (h)</source>
      <translation>续报间隔（小时）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/ledger/emergency_dialog.ui" line="52" />
      <source>Report so far (PDF)…</source>
      <translation>截至目前的报告（PDF）…</translation>
    </message>
  </context>
  <context>
    <name>LedgerPanel</name>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/ledger/panel.ui" line="6" />
      <source>Case ledger</source>
      <translation>案件台账</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/ledger/panel.ui" line="16" />
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/ledger/panel.ui" line="18" />
      <source>Department</source>
      <translation>部门</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/ledger/panel.ui" line="20" />
      <source>Town</source>
      <translation>镇街</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/ledger/panel.ui" line="22" />
      <source>Zone</source>
      <translation>保护区域</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/ledger/panel.ui" line="24" />
      <source>Category</source>
      <translation>违法类别</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/ledger/panel.ui" line="26" />
      <source>Severity</source>
      <translation>严重程度</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/ledger/panel.ui" line="28" />
      <source>Overdue</source>
      <translation>逾期</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/ledger/panel.ui" line="30" />
      <source>Search</source>
      <translation>搜索</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/ledger/panel.ui" line="33" />
      <source>Number, words of the description, place…</source>
      <translation>编号、描述中的词语、地点…</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/ledger/panel.ui" line="37" />
      <source>From</source>
      <translation>自</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/ledger/panel.ui" line="39" />
      <source>To</source>
      <translation>至</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/ledger/panel.ui" line="56" />
      <source>Change status…</source>
      <translation>变更状态…</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/ledger/panel.ui" line="58" />
      <source>Zoom to record</source>
      <translation>缩放至记录</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/ledger/panel.ui" line="60" />
      <source>Clear filters</source>
      <translation>清除筛选</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/ledger/panel.ui" line="61" />
      <source>Refresh</source>
      <translation>刷新</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/ledger/panel.ui" line="41" />
      <source>Batch</source>
      <translation>批次</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/ledger/panel.ui" line="42" />
      <source>The monitoring batch a case came in</source>
      <translation>案件所属的监测批次</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/ledger/panel.ui" line="57" />
      <source>Emergency…</source>
      <translation>突发事件…</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/ledger/panel.ui" line="57" />
      <source>Mark as an emergency or important matter, add its first report, an update or the final report</source>
      <translation>标记为突发事件或重要情况，添加首报、续报或终报</translation>
    </message>
  </context>
  <context>
    <name>RecordDialog</name>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/ledger/record_dialog.ui" line="9" />
      <source>Record a violation</source>
      <translation>登记违法违规问题</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/ledger/record_dialog.ui" line="25" />
      <source>Where (from the map)</source>
      <translation>位置（来自地图）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/ledger/record_dialog.ui" line="28" />
      <source>Location</source>
      <translation>位置</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/ledger/record_dialog.ui" line="30" />
      <source>Linked zones</source>
      <translation>关联区域</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/ledger/record_dialog.ui" line="32" />
      <source>Control (strictest)</source>
      <translation>管控要求（从严）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/ledger/record_dialog.ui" line="34" />
      <source>Approved construction land</source>
      <translation>已批规划建设用地</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/ledger/record_dialog.ui" line="36" />
      <source>Town or street</source>
      <translation>镇街</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/ledger/record_dialog.ui" line="38" />
      <source>Nearest marker</source>
      <translation>最近界桩</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/ledger/record_dialog.ui" line="40" />
      <source>Departments</source>
      <translation>责任部门</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/ledger/record_dialog.ui" line="44" />
      <source>The place is outside every protected zone: record it as outside</source>
      <translation>该位置不在任何保护区域内：确认按区域外记录</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/ledger/record_dialog.ui" line="53" />
      <source>The case</source>
      <translation>案件信息</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/ledger/record_dialog.ui" line="56" />
      <source>Discovered at</source>
      <translation>发现时间</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/ledger/record_dialog.ui" line="63" />
      <source>Source</source>
      <translation>问题来源</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/ledger/record_dialog.ui" line="65" />
      <source>Category</source>
      <translation>违法类别</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/ledger/record_dialog.ui" line="67" />
      <source>Severity</source>
      <translation>严重程度</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/ledger/record_dialog.ui" line="73" />
      <source>Reason for raising the severity</source>
      <translation>提高严重程度的理由</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/ledger/record_dialog.ui" line="78" />
      <source>Description</source>
      <translation>问题描述</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/ledger/record_dialog.ui" line="81" />
      <source>What was found, its extent, what was seen on site</source>
      <translation>发现的问题、涉及范围、现场情况</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/ledger/record_dialog.ui" line="84" />
      <source>Responsible party</source>
      <translation>当事人</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/ledger/record_dialog.ui" line="86" />
      <source>Reporter (not published)</source>
      <translation>举报人（不公开）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/ledger/record_dialog.ui" line="89" />
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/ledger/record_dialog.ui" line="90" />
      <source>Phone or other contact</source>
      <translation>电话或其他联系方式</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/ledger/record_dialog.ui" line="93" />
      <source>Deadline</source>
      <translation>整改期限</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/ledger/record_dialog.ui" line="101" />
      <source>Photos and documents</source>
      <translation>照片和文件</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/ledger/record_dialog.ui" line="107" />
      <source>Add…</source>
      <translation>添加…</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/ledger/record_dialog.ui" line="108" />
      <source>Remove</source>
      <translation>移除</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/ledger/record_dialog.ui" line="113" />
      <source>Recorded by</source>
      <translation>登记人</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/ledger/record_dialog.ui" line="115" />
      <source>Internal notes</source>
      <translation>内部备注</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/ledger/record_dialog.ui" line="121" />
      <source>Emergency or important matter</source>
      <translation>突发事件或重要情况</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/ledger/record_dialog.ui" line="123" />
      <source>Monitoring clue number</source>
      <translation>监测线索编号</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/ledger/record_dialog.ui" line="124" />
      <source>When the case comes from a monitoring clue</source>
      <translation>案件来自监测线索时填写</translation>
    </message>
  </context>
  <context>
    <name>ReportsDialog</name>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/ledger/reports_dialog.ui" line="6" />
      <source>Ledger reports and export</source>
      <translation>台账报表与导出</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/ledger/reports_dialog.ui" line="10" />
      <source>Quarterly report or annual assessment pack (XLSX and PDF)</source>
      <translation>季度报表或年度考核材料（XLSX 和 PDF）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/ledger/reports_dialog.ui" line="12" />
      <source>Year</source>
      <translation>年度</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/ledger/reports_dialog.ui" line="14" />
      <source>Report</source>
      <translation>报表</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/ledger/reports_dialog.ui" line="16" />
      <source>Output folder</source>
      <translation>输出文件夹</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/ledger/reports_dialog.ui" line="40" />
      <source>Browse…</source>
      <translation>浏览…</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/ledger/reports_dialog.ui" line="23" />
      <source>Write the report</source>
      <translation>生成报表</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/ledger/reports_dialog.ui" line="29" />
      <source>Export the ledger (XLSX or CSV)</source>
      <translation>导出台账（XLSX 或 CSV）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/ledger/reports_dialog.ui" line="31" />
      <source>Discovered from</source>
      <translation>发现日期自</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/ledger/reports_dialog.ui" line="33" />
      <source>Discovered until</source>
      <translation>发现日期至</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/ledger/reports_dialog.ui" line="35" />
      <source>For public disclosure: leave out reporters, contacts, responsible parties' names, staff names, evidence and internal notes</source>
      <translation>用于信息公开：不含举报人、联系方式、当事人名称、工作人员姓名、证据材料和内部备注</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/ledger/reports_dialog.ui" line="36" />
      <source>File</source>
      <translation>文件</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/ledger/reports_dialog.ui" line="43" />
      <source>Export</source>
      <translation>导出</translation>
    </message>
  </context>
  <context>
    <name>SourceDialog</name>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/project/source_dialog.ui" line="6" />
      <source>Open or create project data</source>
      <translation>打开/新建项目数据</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/project/source_dialog.ui" line="8" />
      <source>A GeoPackage file (one person at a time)</source>
      <translation>GeoPackage 文件（同一时间一人使用）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/project/source_dialog.ui" line="12" />
      <source>An existing GeoPackage to open, or a new file name to create</source>
      <translation>要打开的已有 GeoPackage，或要新建的文件名</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/project/source_dialog.ui" line="29" />
      <source>Browse…</source>
      <translation>浏览…</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/project/source_dialog.ui" line="17" />
      <source>The shared database (PostgreSQL/PostGIS: every department at once)</source>
      <translation>共享数据库（PostgreSQL/PostGIS：各部门同时使用）</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/project/source_dialog.ui" line="21" />
      <source>Saved connection</source>
      <translation>已保存的连接</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/project/source_dialog.ui" line="23" />
      <source>Schema</source>
      <translation>模式</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/project/source_dialog.ui" line="25" />
      <source>Shared attachments folder</source>
      <translation>共享附件文件夹</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/project/source_dialog.ui" line="28" />
      <source>Optional: a folder every user reaches (network share)</source>
      <translation>可选：所有用户都能访问的文件夹（网络共享）</translation>
    </message>
  </context>
  <context>
    <name>StatusDialog</name>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/ledger/status_dialog.ui" line="6" />
      <source>Change the status of a case</source>
      <translation>变更案件状态</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/ledger/status_dialog.ui" line="16" />
      <source>New status</source>
      <translation>新状态</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/ledger/status_dialog.ui" line="18" />
      <source>When</source>
      <translation>时间</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/ledger/status_dialog.ui" line="20" />
      <source>By</source>
      <translation>经办人</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/ledger/status_dialog.ui" line="22" />
      <source>Rectification deadline</source>
      <translation>整改期限</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/ledger/status_dialog.ui" line="24" />
      <source>Handling proposal</source>
      <translation>处理建议</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/ledger/status_dialog.ui" line="26" />
      <source>Penalty decision number</source>
      <translation>处罚决定书文号</translation>
    </message>
    <message>
      <location filename="../../wuqing_eco_plugin/ui/ledger/status_dialog.ui" line="28" />
      <source>Note</source>
      <translation>备注</translation>
    </message>
  </context>
</TS>