<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>App</name>
    <message>
        <location filename="../../gpucompare/ui/app.py" line="120" />
        <source>The bundled catalog cannot be read:</source>
        <translation>无法读取内置设备目录：</translation>
    </message>
</context>
<context>
    <name>Brief</name>
    <message>
        <location filename="../../gpucompare/ui/report/calculators.py" line="35" />
        <source>{n} devices</source>
        <translation>{n} 台设备</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/report/calculators.py" line="37" />
        <source>as many devices as finish in {d} days</source>
        <translation>{d} 天内完成所需的设备数</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/report/calculators.py" line="44" />
        <source>Model: {p} parameters, {t} tokens, {f} FLOP</source>
        <translation>模型：{p} 参数，{t} 词元，{f} FLOP</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/report/calculators.py" line="47" />
        <source>Precision {p}; MFU {m:g}</source>
        <translation>精度 {p}；MFU {m:g}</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/report/calculators.py" line="50" />
        <source>Layout: {layout}; {sharding}; {optimizer}; sequence length {s}</source>
        <translation>布局：{layout}；{sharding}；{optimizer}；序列长度 {s}</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/report/calculators.py" line="58" />
        <source>Pricing: cloud, on-demand price per device-hour</source>
        <translation>计价：云端，按需每设备小时价格</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/report/calculators.py" line="60" />
        <source>Pricing: owned hardware over {y:g} years at {u:.0%} utilisation</source>
        <translation>计价：自有硬件，按 {y:g} 年、利用率 {u:.0%} 分摊</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/report/calculators.py" line="63" />
        <source>PUE {pue:g}; grid carbon {c:g} kg CO₂/kWh; electricity {e} {code}/kWh</source>
        <translation>PUE {pue:g}；电网碳强度 {c:g} kg CO₂/kWh；电价 {e} {code}/kWh</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/report/calculators.py" line="71" />
        <source>Prices: {policy}</source>
        <translation>价格：{policy}</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/report/calculators.py" line="91" />
        <source>The training inputs are incomplete: {e}</source>
        <translation>训练输入不完整：{e}</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/report/calculators.py" line="99" />
        <location filename="../../gpucompare/ui/report/calculators.py" line="205" />
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/report/calculators.py" line="100" />
        <location filename="../../gpucompare/ui/report/calculators.py" line="206" />
        <source>Devices</source>
        <translation>设备数</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/report/calculators.py" line="101" />
        <source>Days</source>
        <translation>天数</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/report/calculators.py" line="102" />
        <source>Device-hours</source>
        <translation>设备小时数</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/report/calculators.py" line="103" />
        <source>Price per device-hour ({c})</source>
        <translation>每设备小时价格 ({c})</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/report/calculators.py" line="106" />
        <source>Price source and date</source>
        <translation>价格来源与日期</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/report/calculators.py" line="107" />
        <source>Total cost</source>
        <translation>总成本</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/report/calculators.py" line="108" />
        <source>CO₂ (t)</source>
        <translation>CO₂（吨）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/report/calculators.py" line="109" />
        <source>Fits</source>
        <translation>可容纳</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/report/calculators.py" line="112" />
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/report/calculators.py" line="113" />
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/report/calculators.py" line="135" />
        <location filename="../../gpucompare/ui/report/calculators.py" line="228" />
        <source>Assumptions</source>
        <translation>假设</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/report/calculators.py" line="140" />
        <source>Results, cheapest first</source>
        <translation>结果（最便宜的在前）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/report/calculators.py" line="147" />
        <location filename="../../gpucompare/ui/report/calculators.py" line="241" />
        <source>How it is computed ({name})</source>
        <translation>计算方法（{name}）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/report/calculators.py" line="168" />
        <source>Devices that cannot run it</source>
        <translation>无法运行的设备</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/report/calculators.py" line="177" />
        <source>The inference inputs are incomplete: {e}</source>
        <translation>推理输入不完整：{e}</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/report/calculators.py" line="185" />
        <source>Model: {m} ({p} parameters)</source>
        <translation>模型：{m}（{p} 参数）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/report/calculators.py" line="188" />
        <source>Weights in {w}, KV cache in {kv}; context {c} tokens; batch {b}</source>
        <translation>权重 {w}，KV 缓存 {kv}；上下文 {c} 词元；批大小 {b}</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/report/calculators.py" line="196" />
        <source>Each device at the fewest devices that hold the model (at most {n}).</source>
        <translation>每种设备取能容纳模型的最少台数（至多 {n} 台）。</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/report/calculators.py" line="199" />
        <source>Throughputs are upper bounds (memory bandwidth and dense peak), not benchmarks.</source>
        <translation>吞吐量为上限（由显存带宽和稠密峰值算力决定），不是实测基准。</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/report/calculators.py" line="207" />
        <source>Memory used (GB)</source>
        <translation>显存占用 (GB)</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/report/calculators.py" line="208" />
        <source>Decode ≤ tok/s/seq</source>
        <translation>解码 ≤ 词元/秒/序列</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/report/calculators.py" line="209" />
        <source>Prefill ≤ tok/s</source>
        <translation>预填充 ≤ 词元/秒</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/report/calculators.py" line="210" />
        <source>≥ {c} per 1M tokens</source>
        <translation>≥ {c}/百万词元</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/report/calculators.py" line="233" />
        <source>Results</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/report/document.py" line="39" />
        <location filename="../../gpucompare/ui/report/document.py" line="104" />
        <source>Decision brief</source>
        <translation>决策简报</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/report/document.py" line="41" />
        <source>{date} · gpucompare {version} · catalog checked up to {catalog} · precision {precision} (dense) · money in {currency}</source>
        <translation>{date} · gpucompare {version} · 目录数据核对至 {catalog} · 精度 {precision}（稠密） · 金额单位 {currency}</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/report/document.py" line="57" />
        <source>Devices: {names}</source>
        <translation>设备：{names}</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/report/document.py" line="59" />
        <source>The devices side by side</source>
        <translation>设备并列对比</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/report/document.py" line="61" />
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/report/document.py" line="63" />
        <source>Training cost</source>
        <translation>训练成本</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/report/document.py" line="65" />
        <source>Inference</source>
        <translation>推理</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/report/document.py" line="67" />
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/report/document.py" line="69" />
        <source>Every number above comes from these sources; unknown values show as —.</source>
        <translation>以上每个数字均来自以下来源；未知的值显示为 —。</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/report/sections.py" line="29" />
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/report/sections.py" line="44" />
        <source>Fewer than two devices are chosen: nothing to compare.</source>
        <translation>所选设备不足两台，无可对比。</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/report/sections.py" line="50" />
        <source>★ marks the best value of each row (highest or lowest, as the metric wants).</source>
        <translation>★ 标出每行的最佳值（按该指标的方向取最高或最低）。</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/report/sections.py" line="63" />
        <source>Price: {link}</source>
        <translation>价格：{link}</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/report/sections.py" line="67" />
        <source>specs checked {date}</source>
        <translation>规格核对于 {date}</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/report/sections.py" line="76" />
        <source>No devices are chosen.</source>
        <translation>未选择设备。</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/report/charts.py" line="53" />
        <source>Scatter</source>
        <translation>散点图</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/report/charts.py" line="54" />
        <source>Ranking</source>
        <translation>排名</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/report/charts.py" line="55" />
        <source>Trend</source>
        <translation>趋势</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/report/charts.py" line="61" />
        <source>Compared devices, normalised</source>
        <translation>对比设备（归一化）</translation>
    </message>
</context>
<context>
    <name>Calculator</name>
    <message>
        <location filename="../../gpucompare/ui/labels/calculators.py" line="20" />
        <source>AdamW, mixed precision</source>
        <translation>AdamW，混合精度</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/calculators.py" line="21" />
        <source>8-bit Adam</source>
        <translation>8 位 Adam</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/calculators.py" line="22" />
        <source>SGD with momentum</source>
        <translation>带动量的 SGD</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/calculators.py" line="29" />
        <source>no sharding (plain data parallel)</source>
        <translation>不分片（普通数据并行）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/calculators.py" line="30" />
        <source>ZeRO-1 (optimizer state sharded)</source>
        <translation>ZeRO-1（分片优化器状态）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/calculators.py" line="31" />
        <source>ZeRO-2 (optimizer state and gradients sharded)</source>
        <translation>ZeRO-2（分片优化器状态和梯度）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/calculators.py" line="34" />
        <source>ZeRO-3 / FSDP (optimizer state, gradients and weights sharded)</source>
        <translation>ZeRO-3 / FSDP（分片优化器状态、梯度和权重）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/calculators.py" line="45" />
        <source>no {p} figure</source>
        <translation>缺少 {p} 算力数据</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/calculators.py" line="50" />
        <source>no memory figure (cannot check that it fits)</source>
        <translation>缺少显存数据（无法检查是否放得下）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/calculators.py" line="53" />
        <source>does not fit at any device count with this sharding</source>
        <translation>在此分片方式下，任何设备数量都放不下</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/calculators.py" line="56" />
        <source>needs more than {n} devices</source>
        <translation>需要超过 {n} 个设备</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/calculators.py" line="60" />
        <source>does not fit in memory on {n} devices</source>
        <translation>{n} 个设备的显存放不下</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/calculators.py" line="64" />
        <source>does not fit in memory on the solved number of devices</source>
        <translation>按求得的设备数量，显存放不下</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/calculators.py" line="75" />
        <source>no cloud price in the catalog; give a price per device-hour</source>
        <translation>目录中没有云价格；请输入每设备小时价格</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/calculators.py" line="78" />
        <source>no launch price in the catalog; give a purchase price</source>
        <translation>目录中没有发布价格；请输入购买价格</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/calculators.py" line="81" />
        <source>no power figure, so the energy cost and the total are unknown</source>
        <translation>没有功耗数据，因此能源成本和总成本未知</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/calculators.py" line="95" />
        <source>no memory figure</source>
        <translation>缺少显存数据</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/calculators.py" line="96" />
        <source>no memory-bandwidth figure (no decode bound)</source>
        <translation>缺少显存带宽数据（无法计算解码上限）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/calculators.py" line="99" />
        <source>does not fit on {n} devices</source>
        <translation>{n} 个设备上放不下</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/layout_page.py" line="21" />
        <source>none (keep every activation)</source>
        <translation>不重算（保留全部激活）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/layout_page.py" line="22" />
        <source>selective (FlashAttention; default)</source>
        <translation>选择性重算（FlashAttention；默认）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/layout_page.py" line="25" />
        <source>full (+33% compute, least memory)</source>
        <translation>完全重算（计算量 +33%，显存最少）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/layout_page.py" line="32" />
        <source>compute</source>
        <translation>算力</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/layout_page.py" line="33" />
        <source>recomputation</source>
        <translation>重算</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/layout_page.py" line="34" />
        <source>TP all-reduces</source>
        <translation>张量并行 all-reduce</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/layout_page.py" line="35" />
        <source>EP all-to-alls</source>
        <translation>专家并行 all-to-all</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/layout_page.py" line="36" />
        <source>pipeline bubble</source>
        <translation>流水线气泡</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/layout_page.py" line="37" />
        <source>DP sync not hidden</source>
        <translation>未被掩盖的数据并行同步</translation>
    </message>
</context>
<context>
    <name>CatalogErrorsDialog</name>
    <message>
        <location filename="../../gpucompare/ui/dialogs/catalog_errors.py" line="32" />
        <source>Catalog file not loaded</source>
        <translation>未加载设备目录文件</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/dialogs/catalog_errors.py" line="38" />
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/dialogs/catalog_errors.py" line="38" />
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/dialogs/catalog_errors.py" line="38" />
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/dialogs/catalog_errors.py" line="38" />
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/dialogs/catalog_errors.py" line="74" />
        <source>{path} was not loaded: 1 problem found. Nothing was changed. Fix the file and open it again.</source>
        <translation>未加载 {path}：发现 1 个问题。没有做任何更改。请修正文件后重新打开。</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/dialogs/catalog_errors.py" line="79" />
        <source>{path} was not loaded: {n} problems found. Nothing was changed. Fix the file and open it again.</source>
        <translation>未加载 {path}：发现 {n} 个问题。没有做任何更改。请修正文件后重新打开。</translation>
    </message>
</context>
<context>
    <name>CatalogTable</name>
    <message>
        <location filename="../../gpucompare/ui/pages/hardware/table_panel.py" line="61" />
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/hardware/table_panel.py" line="74" />
        <source>Reset to default columns</source>
        <translation>恢复默认列</translation>
    </message>
</context>
<context>
    <name>CatalogTableModel</name>
    <message>
        <location filename="../../gpucompare/ui/models/catalog_table.py" line="170" />
        <source>Sources:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/models/catalog_table.py" line="171" />
        <source>none</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>Chart</name>
    <message>
        <location filename="../../gpucompare/ui/charts/style.py" line="180" />
        <source>{n} no {what}</source>
        <translation>{n} 个缺少{what}</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/charts/style.py" line="189" />
        <source>{n} zero on a log axis</source>
        <translation>{n} 个在对数轴上为零</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/charts/style.py" line="198" />
        <source>{n} hidden: {why}</source>
        <translation>已隐藏 {n} 个：{why}</translation>
    </message>
</context>
<context>
    <name>Choice</name>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="175" />
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="176" />
        <source>TPU</source>
        <translation>TPU</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="177" />
        <source>NPU</source>
        <translation>NPU</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="178" />
        <source>FPGA</source>
        <translation>FPGA</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="179" />
        <source>ASIC</source>
        <translation>ASIC</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="180" />
        <source>datacenter</source>
        <translation>数据中心</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="181" />
        <source>workstation</source>
        <translation>工作站</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="182" />
        <source>consumer</source>
        <translation>消费级</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="183" />
        <source>edge</source>
        <translation>边缘端</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="184" />
        <source>cloud-only</source>
        <translation>仅云端</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="185" />
        <source>msrp</source>
        <translation>建议零售价</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="186" />
        <source>street</source>
        <translation>市场成交价</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="187" />
        <source>estimate</source>
        <translation>分析师估算</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="188" />
        <source>upstream</source>
        <translation>官方支持</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="189" />
        <source>plugin</source>
        <translation>插件</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="190" />
        <source>fork</source>
        <translation>分支版本</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="191" />
        <source>none</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>Column</name>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="15" />
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="16" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="17" />
        <source>Vendor</source>
        <translation>厂商</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="18" />
        <source>Brand</source>
        <translation>品牌</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="19" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="20" />
        <source>Segment</source>
        <translation>细分市场</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="21" />
        <source>Form factor</source>
        <translation>外形规格</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="22" />
        <source>Released</source>
        <translation>发布年份</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="23" />
        <source>Memory</source>
        <translation>显存</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="24" />
        <source>Memory type</source>
        <translation>显存类型</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="25" />
        <source>Memory bandwidth</source>
        <translation>显存带宽</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="26" />
        <source>FP64 dense</source>
        <translation>FP64 稠密</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="27" />
        <source>FP32 dense</source>
        <translation>FP32 稠密</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="28" />
        <source>TF32 dense</source>
        <translation>TF32 稠密</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="29" />
        <source>FP16 dense</source>
        <translation>FP16 稠密</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="30" />
        <source>BF16 dense</source>
        <translation>BF16 稠密</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="31" />
        <source>FP8 dense</source>
        <translation>FP8 稠密</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="32" />
        <source>FP4 dense</source>
        <translation>FP4 稠密</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="33" />
        <source>INT8 dense</source>
        <translation>INT8 稠密</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="34" />
        <source>2:4 sparsity</source>
        <translation>2:4 稀疏</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="35" />
        <source>Power</source>
        <translation>功耗</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="36" />
        <source>Interconnect</source>
        <translation>互联带宽</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="37" />
        <source>Purchase price</source>
        <translation>购买价</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="58" />
        <source>Company that sells the device (one name each).</source>
        <translation>销售该设备的公司（每家公司一个名称）。</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="59" />
        <source>Sub-brand or maker: HiSilicon, Xilinx, Altera, …</source>
        <translation>子品牌或制造商：海思、赛灵思、Altera 等。</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="109" />
        <source>Purchase price of one device in USD, picked by the price policy (see launch_price_kind).</source>
        <translation>单台设备的购买价（美元），由价格策略选出（见 launch_price_kind）。</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="117" />
        <source>Date of the purchase price.</source>
        <translation>购买价的日期。</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="38" />
        <source>Price kind</source>
        <translation>价格类型</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="39" />
        <source>Price date</source>
        <translation>价格日期</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="40" />
        <source>Price source</source>
        <translation>价格来源</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="41" />
        <source>Cloud price</source>
        <translation>云端价格</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="42" />
        <source>Cloud provider</source>
        <translation>云服务商</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="43" />
        <source>Cloud price date</source>
        <translation>云端价格日期</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="44" />
        <source>Cloud source</source>
        <translation>云端价格来源</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="45" />
        <source>Software</source>
        <translation>软件栈</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="46" />
        <source>Compute capability</source>
        <translation>计算能力</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="47" />
        <source>PyTorch</source>
        <translation>PyTorch</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="48" />
        <source>vLLM</source>
        <translation>vLLM</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="49" />
        <source>Not published</source>
        <translation>未公布</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="50" />
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="51" />
        <source>Sources date</source>
        <translation>来源核对日期</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="52" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="56" />
        <source>Stable slug: lower-case letters, digits and hyphens.</source>
        <translation>稳定标识符（slug）：小写字母、数字和连字符。</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="57" />
        <source>Product name as the vendor writes it.</source>
        <translation>厂商官方写法的产品名称。</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="60" />
        <source>GPU, TPU, NPU, FPGA or ASIC.</source>
        <translation>GPU、TPU、NPU、FPGA 或 ASIC。</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="61" />
        <source>Market: datacenter, workstation, consumer, edge or cloud-only.</source>
        <translation>目标市场：datacenter（数据中心）、workstation（工作站）、consumer（消费级）、edge（边缘端）或 cloud-only（仅云端）。</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="64" />
        <source>SXM5, PCIe, OAM, module, chip, …</source>
        <translation>SXM5、PCIe、OAM、模组、芯片…</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="65" />
        <source>Year the device was launched or became available.</source>
        <translation>设备发布或开始供货的年份。</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="68" />
        <source>Device memory as the vendor states it (on-chip SRAM for SRAM-only chips).</source>
        <translation>厂商标称的显存容量（纯 SRAM 芯片填片上 SRAM 容量）。</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="71" />
        <source>HBM3, GDDR6X, LPDDR5, SRAM, …</source>
        <translation>HBM3、GDDR6X、LPDDR5、SRAM…</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="72" />
        <source>Peak bandwidth of the device memory.</source>
        <translation>显存的峰值带宽。</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="73" />
        <source>Dense peak FP64 throughput at FP64, per device, without sparsity.</source>
        <translation>单设备 FP64 稠密峰值算力，不含稀疏加速。</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="76" />
        <source>Dense peak FP32 throughput at FP32, per device, without sparsity.</source>
        <translation>单设备 FP32 稠密峰值算力，不含稀疏加速。</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="79" />
        <source>Dense peak TF32 tensor throughput at TF32, per device, without sparsity.</source>
        <translation>单设备 TF32 张量运算稠密峰值算力，不含稀疏加速。</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="82" />
        <source>Dense peak FP16 tensor (FP32 accumulate) throughput at FP16, per device, without sparsity.</source>
        <translation>单设备 FP16 张量运算（FP32 累加）稠密峰值算力，不含稀疏加速。</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="86" />
        <source>Dense peak BF16 tensor (FP32 accumulate) throughput at BF16, per device, without sparsity.</source>
        <translation>单设备 BF16 张量运算（FP32 累加）稠密峰值算力，不含稀疏加速。</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="90" />
        <source>Dense peak FP8 tensor throughput at FP8, per device, without sparsity.</source>
        <translation>单设备 FP8 张量运算稠密峰值算力，不含稀疏加速。</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="93" />
        <source>Dense peak FP4 tensor throughput at FP4, per device, without sparsity.</source>
        <translation>单设备 FP4 张量运算稠密峰值算力，不含稀疏加速。</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="96" />
        <source>Dense peak INT8 tensor throughput at INT8, per device, without sparsity.</source>
        <translation>单设备 INT8 张量运算稠密峰值算力，不含稀疏加速。</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="99" />
        <source>Whether 2:4 structured sparsity doubles the tensor rate (yes/no).</source>
        <translation>2:4 结构化稀疏能否使张量算力翻倍（yes/no）。</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="102" />
        <source>Board, module or chip power (TDP/TBP) as the vendor states it.</source>
        <translation>厂商标称的板卡、模组或芯片功耗（TDP/TBP）。</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="105" />
        <source>Device-to-device bandwidth (NVLink, Infinity Fabric, ICI, HCCS, …), total per device.</source>
        <translation>设备间互联带宽（NVLink、Infinity Fabric、ICI、HCCS…），按单设备合计。</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="113" />
        <source>msrp (vendor list price), street (reported selling price) or estimate (named analyst).</source>
        <translation>msrp（厂商官方建议零售价）、street（公开报道的成交价）或 estimate（注明出处的分析师估算）。</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="118" />
        <source>Where the price comes from.</source>
        <translation>价格的来源。</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="119" />
        <source>On-demand price of one device-hour at the named provider.</source>
        <translation>所列云服务商处单设备每小时的按需价格。</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="122" />
        <source>Provider of the cloud price.</source>
        <translation>云端价格对应的云服务商。</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="123" />
        <source>Date of the cloud price.</source>
        <translation>云端价格对应的日期。</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="124" />
        <source>Where the cloud price comes from.</source>
        <translation>云端价格的来源。</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="125" />
        <source>SDK or runtime: CUDA, ROCm, oneAPI, CANN, XLA/JAX, Neuron, SynapseAI, MUSA, …</source>
        <translation>SDK 或运行时：CUDA、ROCm、oneAPI、CANN、XLA/JAX、Neuron、SynapseAI、MUSA 等。</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="128" />
        <source>CUDA compute capability (NVIDIA) or GPU target (AMD gfx…).</source>
        <translation>CUDA 计算能力（NVIDIA）或 GPU 目标架构（AMD gfx…）。</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="131" />
        <source>PyTorch support: upstream (official builds), plugin (vendor extension) or none.</source>
        <translation>PyTorch 支持：官方支持（官方构建）、插件（厂商扩展）或无。</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="135" />
        <source>vLLM support: upstream, plugin (hardware plugin), fork (vendor fork) or none.</source>
        <translation>vLLM 支持：官方支持、插件（硬件插件）、分支版本（厂商分支）或无。</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="138" />
        <source>Columns nobody publishes for this device (space-separated ids), shown as n/p; purchase_price / cloud_price when it is not sold / not rented.</source>
        <translation>该设备无人公布的列（以空格分隔的列 ID），显示为“未公布”；不出售或不出租时为 purchase_price / cloud_price。</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="143" />
        <source>Spec sources (http/https), space-separated.</source>
        <translation>规格来源（http/https 链接），以空格分隔。</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="144" />
        <source>Date the specs were checked.</source>
        <translation>规格核对日期。</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="145" />
        <source>Caveats: sparse-only figures, per-module, …</source>
        <translation>注意事项：仅有稀疏算力数据、按模组计…</translation>
    </message>
</context>
<context>
    <name>CompareModel</name>
    <message>
        <location filename="../../gpucompare/ui/models/compare.py" line="112" />
        <source>{name} (baseline)</source>
        <translation>{name}（基准）</translation>
    </message>
</context>
<context>
    <name>ComparePanel</name>
    <message>
        <location filename="../../gpucompare/ui/pages/hardware/compare_panel.py" line="93" />
        <source>Compare selected devices</source>
        <translation>对比所选设备</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/hardware/compare_panel.py" line="94" />
        <source>Select 2–6 devices in the table, then press here.</source>
        <translation>在表格中选择 2–6 个设备，然后点击此处。</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/hardware/compare_panel.py" line="95" />
        <source>Baseline:</source>
        <translation>基准：</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/hardware/compare_panel.py" line="96" />
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/hardware/compare_panel.py" line="97" />
        <source>Table</source>
        <translation>表格</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/hardware/compare_panel.py" line="98" />
        <source>Normalised bars</source>
        <translation>归一化柱状图</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/hardware/compare_panel.py" line="107" />
        <source>Select {low} to {high} devices in the table to compare them ({n} selected).</source>
        <translation>在表格中选择 {low} 到 {high} 个设备进行对比（已选 {n} 个）。</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/hardware/compare_panel.py" line="129" />
        <source>Select {low} to {high} devices in the table, then compare them.</source>
        <translation>在表格中选择 {low} 到 {high} 个设备，然后进行对比。</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/hardware/compare_panel.py" line="143" />
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/hardware/compare_panel.py" line="186" />
        <source>Value ÷ largest value in its group</source>
        <translation>数值 ÷ 组内最大值</translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <location filename="../../gpucompare/ui/pages/hardware/details_panel.py" line="57" />
        <source>Select a device to see its details and sources.</source>
        <translation>选择一个设备以查看其详细信息和来源。</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/hardware/details_panel.py" line="72" />
        <source>Date of the price</source>
        <translation>价格日期</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/hardware/details_panel.py" line="73" />
        <source>Purchase ({currency})</source>
        <translation>购买价（{currency}）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/hardware/details_panel.py" line="74" />
        <source>Cloud ({currency}/h)</source>
        <translation>云端（{currency}/小时）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/hardware/device_html.py" line="65" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>FileCommands</name>
    <message>
        <location filename="../../gpucompare/ui/commands/files.py" line="60" />
        <source>Merged {n} prices from {path}</source>
        <translation>已从 {path} 合并 {n} 条价格</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/commands/files.py" line="62" />
        <source>Merged {n} device rows from {path}</source>
        <translation>已从 {path} 合并 {n} 行设备数据</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/commands/files.py" line="71" />
        <source>Open catalog file</source>
        <translation>打开设备目录文件</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/commands/files.py" line="73" />
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/commands/files.py" line="85" />
        <source>No catalog files of yours are merged</source>
        <translation>当前没有合并您的设备目录文件</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/commands/files.py" line="91" />
        <source>Remove my catalog files</source>
        <translation>移除我的设备目录文件</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/commands/files.py" line="92" />
        <source>Stop using these files and show the bundled catalog only?

{files}

The files themselves stay on disk; you can open them again.</source>
        <translation>停止使用以下文件，只显示内置设备目录？

{files}

文件本身仍保留在磁盘上，您可以再次打开。</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/commands/files.py" line="102" />
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/commands/files.py" line="115" />
        <source>Showing the bundled catalog only</source>
        <translation>仅显示内置设备目录</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/commands/files.py" line="130" />
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/commands/files.py" line="131" />
        <source>Nothing was written.

{error}</source>
        <translation>未写入任何内容。

{error}</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/commands/files.py" line="141" />
        <source>Export table as CSV</source>
        <translation>将表格导出为 CSV</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/commands/files.py" line="143" />
        <location filename="../../gpucompare/ui/commands/files.py" line="210" />
        <location filename="../../gpucompare/ui/commands/files.py" line="227" />
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/commands/files.py" line="157" />
        <source>Exported {n} rows to {path}</source>
        <translation>已导出 {n} 行到 {path}</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/commands/files.py" line="167" />
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/commands/files.py" line="169" />
        <source>SVG images (*.svg)</source>
        <translation>SVG 图像 (*.svg)</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/commands/files.py" line="173" />
        <source>Export chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/commands/files.py" line="187" />
        <source>Chart saved to {path}</source>
        <translation>图表已保存到 {path}</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/commands/files.py" line="198" />
        <source>Nothing to export</source>
        <translation>没有可导出的内容</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/commands/files.py" line="199" />
        <source>Compare 2–6 devices first: select them in the table and press Compare.</source>
        <translation>请先对比 2–6 个设备：在表格中选中它们，然后点击“对比”。</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/commands/files.py" line="208" />
        <source>Export comparison as CSV</source>
        <translation>将对比结果导出为 CSV</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/commands/files.py" line="220" />
        <source>Comparison saved to {path}</source>
        <translation>对比结果已保存到 {path}</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/commands/files.py" line="239" />
        <source>Saved {path}</source>
        <translation>已保存 {path}</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/commands/files.py" line="253" />
        <source>Export training result</source>
        <translation>导出训练结果</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/commands/files.py" line="266" />
        <source>Export training ranking</source>
        <translation>导出训练排名</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/commands/files.py" line="279" />
        <source>Export inference ranking</source>
        <translation>导出推理排名</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/commands/files.py" line="308" />
        <source>&lt;h3&gt;gpucompare {version}&lt;/h3&gt;&lt;p&gt;Compare AI accelerators — GPUs, TPUs, NPUs, FPGAs and other AI chips — and price training runs, offline, with a source behind every number.&lt;/p&gt;&lt;p&gt;Catalog: {total} devices ({counts}). Empty cells mean unknown; throughput is dense (no sparsity).&lt;/p&gt;&lt;p&gt;Qt for Python {qt}. MIT licence.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;gpucompare {version}&lt;/h3&gt;&lt;p&gt;对比 AI 加速器（GPU、TPU、NPU、FPGA 及其他 AI 芯片）并估算训练成本，完全离线运行，每个数字都有来源可查。&lt;/p&gt;&lt;p&gt;设备目录：{total} 个设备（{counts}）。空白单元格表示未知；算力均为稠密值（不含稀疏加速）。&lt;/p&gt;&lt;p&gt;Qt for Python {qt}。MIT 许可证。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/commands/files.py" line="317" />
        <source>About gpucompare</source>
        <translation>关于 gpucompare</translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message>
        <location filename="../../gpucompare/ui/pages/hardware/filter_panel.py" line="140" />
        <source>Search name, vendor, form factor… (Ctrl+F)</source>
        <translation>搜索名称、厂商、外形规格… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/hardware/filter_panel.py" line="141" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/hardware/filter_panel.py" line="142" />
        <source>Segment</source>
        <translation>细分市场</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/hardware/filter_panel.py" line="143" />
        <source>Vendor (none ticked = all)</source>
        <translation>厂商（不勾选即全部）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/hardware/filter_panel.py" line="144" />
        <source>Ranges</source>
        <translation>数值范围</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/hardware/filter_panel.py" line="145" />
        <source>Software support</source>
        <translation>软件支持</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/hardware/filter_panel.py" line="146" />
        <source>PyTorch</source>
        <translation>PyTorch</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/hardware/filter_panel.py" line="147" />
        <source>vLLM</source>
        <translation>vLLM</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/hardware/filter_panel.py" line="149" />
        <source>any</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/hardware/filter_panel.py" line="150" />
        <source>upstream</source>
        <translation>官方支持</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/hardware/filter_panel.py" line="151" />
        <source>upstream or vendor plugin</source>
        <translation>上游或厂商插件</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/hardware/filter_panel.py" line="152" />
        <source>upstream, plugin or vendor fork</source>
        <translation>上游、插件或厂商分支</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/hardware/filter_panel.py" line="158" />
        <source>Upstream: official PyTorch builds; plugin: a vendor extension.</source>
        <translation>上游：PyTorch 官方构建；插件：厂商扩展。</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/hardware/filter_panel.py" line="161" />
        <source>Upstream: vLLM itself; plugin: a hardware plugin; fork: a vendor's fork.</source>
        <translation>上游：vLLM 本身；插件：硬件插件；分支：厂商维护的分支。</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/hardware/filter_panel.py" line="167" />
        <source>Memory</source>
        <translation>显存</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/hardware/filter_panel.py" line="167" />
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/hardware/filter_panel.py" line="167" />
        <source>Power</source>
        <translation>功耗</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/hardware/filter_panel.py" line="167" />
        <source>Released</source>
        <translation>发布年份</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/hardware/filter_panel.py" line="171" />
        <source>min</source>
        <translation>最小</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/hardware/filter_panel.py" line="171" />
        <source>max</source>
        <translation>最大</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/hardware/filter_panel.py" line="172" />
        <source>Only devices with a price</source>
        <translation>仅显示有价格的设备</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/hardware/filter_panel.py" line="173" />
        <source>Only devices I can rent</source>
        <translation>仅显示可租用的设备</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/hardware/filter_panel.py" line="175" />
        <source>Devices with an on-demand cloud price in the catalog.</source>
        <translation>设备目录中有云端按需价格的设备。</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/hardware/filter_panel.py" line="177" />
        <source>Reset filters</source>
        <translation>重置筛选</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/hardware/filter_panel.py" line="192" />
        <source>Includes {brands}</source>
        <translation>包括 {brands}</translation>
    </message>
</context>
<context>
    <name>InferencePanel</name>
    <message>
        <location filename="../../gpucompare/ui/pages/inference/texts.py" line="13" />
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/inference/texts.py" line="14" />
        <source>Shape (custom model)</source>
        <translation>结构参数（自定义模型）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/inference/texts.py" line="15" />
        <source>Experts (custom model)</source>
        <translation>专家（自定义模型）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/inference/texts.py" line="16" />
        <location filename="../../gpucompare/ui/pages/inference/panel.py" line="221" />
        <location filename="../../gpucompare/ui/pages/inference/panel.py" line="349" />
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/inference/texts.py" line="17" />
        <location filename="../../gpucompare/ui/pages/inference/labels.py" line="11" />
        <source>Weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/inference/texts.py" line="18" />
        <source>Context (tokens)</source>
        <translation>上下文长度（词元）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/inference/texts.py" line="19" />
        <source>Tokens in per request</source>
        <translation>每个请求的输入 token</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/inference/texts.py" line="20" />
        <source>Engine</source>
        <translation>推理引擎</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/inference/texts.py" line="21" />
        <source>Ranking: at most devices</source>
        <translation>排名：最多设备数</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/inference/panel.py" line="199" />
        <location filename="../../gpucompare/ui/pages/inference/labels.py" line="12" />
        <source>KV cache</source>
        <translation>KV 缓存</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/inference/panel.py" line="200" />
        <source>Batch</source>
        <translation>批大小</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/inference/panel.py" line="201" />
        <location filename="../../gpucompare/ui/pages/inference/panel.py" line="302" />
        <location filename="../../gpucompare/ui/pages/inference/panel.py" line="350" />
        <source>Devices</source>
        <translation>设备数</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/inference/panel.py" line="202" />
        <source>out</source>
        <translation>输出</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/inference/panel.py" line="203" />
        <source>sorted by</source>
        <translation>排序方式</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/inference/texts.py" line="28" />
        <source>layers</source>
        <translation>层数</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/inference/texts.py" line="29" />
        <source>hidden</source>
        <translation>隐藏维度</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/inference/texts.py" line="30" />
        <source>heads</source>
        <translation>头数</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/inference/texts.py" line="31" />
        <source>KV heads</source>
        <translation>KV 头数</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/inference/texts.py" line="32" />
        <source>active params, e.g. 13B</source>
        <translation>激活参数，如 13B</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/inference/texts.py" line="33" />
        <source>experts</source>
        <translation>专家数</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/inference/texts.py" line="34" />
        <source>per token</source>
        <translation>每 token 专家数</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/inference/texts.py" line="35" />
        <source>none: steady decode</source>
        <translation>无：稳态解码</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/inference/texts.py" line="36" />
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/inference/texts.py" line="37" />
        <source>model default</source>
        <translation>模型默认</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/inference/panel.py" line="208" />
        <source>A preset (shapes from the model cards) or a parameter count such as 70B</source>
        <translation>预设模型（结构取自模型卡）或参数量，如 70B</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/inference/panel.py" line="214" />
        <source>Use selected</source>
        <translation>使用所选</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/inference/panel.py" line="215" />
        <source>Model and hardware</source>
        <translation>模型与硬件</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/inference/panel.py" line="216" />
        <source>Result (upper bounds, not forecasts)</source>
        <translation>结果（理论上限，非预测值）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/inference/panel.py" line="217" />
        <source>Which filtered devices can serve it</source>
        <translation>筛选出的设备中哪些能部署该模型</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/inference/panel.py" line="218" />
        <source>Explain…</source>
        <translation>说明…</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/inference/panel.py" line="219" />
        <source>Export ranking CSV…</source>
        <translation>导出排名 CSV…</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/inference/panel.py" line="220" />
        <source>Chart:</source>
        <translation>图表：</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/inference/panel.py" line="221" />
        <source>Why it cannot</source>
        <translation>无法部署的原因</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/inference/panel.py" line="276" />
        <source>choose a device</source>
        <translation>请选择设备</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/inference/panel.py" line="305" />
        <source>Memory available</source>
        <translation>可用显存</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/inference/panel.py" line="311" />
        <source>tokens</source>
        <translation>词元</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/inference/panel.py" line="311" />
        <source>tokens/s</source>
        <translation>词元/秒</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/inference/panel.py" line="330" />
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/inference/panel.py" line="330" />
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/inference/panel.py" line="331" />
        <source>Fits</source>
        <translation>可容纳</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/inference/panel.py" line="333" />
        <source>The larger of memory time (bytes / bandwidth) and compute time</source>
        <translation>内存时间（字节数 / 带宽）与计算时间中较大者</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/inference/panel.py" line="334" />
        <location filename="../../gpucompare/ui/pages/inference/panel.py" line="358" />
        <source>Bound by</source>
        <translation>受限于</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/inference/panel.py" line="351" />
        <location filename="../../gpucompare/ui/pages/inference/panel.py" line="375" />
        <source>Memory used (GB)</source>
        <translation>显存占用 (GB)</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/inference/panel.py" line="352" />
        <source>Largest batch</source>
        <translation>最大批大小</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/inference/panel.py" line="354" />
        <source>Decode ≤ tok/s/seq</source>
        <translation>解码 ≤ 词元/秒/序列</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/inference/panel.py" line="356" />
        <source>Prefill ≤ tok/s</source>
        <translation>预填充 ≤ 词元/秒</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/inference/panel.py" line="357" />
        <source>Requests ≤ /s</source>
        <translation>请求数 ≤ /秒</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/inference/panel.py" line="361" />
        <source>≥ {c} per 1M tokens</source>
        <translation>≥ {c}/百万词元</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/inference/panel.py" line="371" />
        <source>Cost per 1M tokens ({c})</source>
        <translation>每百万词元成本 ({c})</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/inference/panel.py" line="374" />
        <source>Devices needed</source>
        <translation>所需设备数</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/inference/panel.py" line="379" />
        <source>{n} of {total} filtered devices cannot serve it:</source>
        <translation>筛选出的 {total} 个设备中有 {n} 个无法部署该模型：</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/inference/panel.py" line="384" />
        <source>Chart</source>
        <translation>图表</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/inference/panel.py" line="384" />
        <source>Cannot serve ({n})</source>
        <translation>无法部署（{n}）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/inference/panel.py" line="397" />
        <source>How the result is computed</source>
        <translation>结果的计算方法</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/inference/labels.py" line="13" />
        <source>Overhead allowance</source>
        <translation>额外开销预留</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/inference/labels.py" line="14" />
        <source>Total memory</source>
        <translation>显存总需求</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/inference/labels.py" line="15" />
        <source>Minimum devices</source>
        <translation>最少设备数</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/inference/labels.py" line="16" />
        <source>Largest batch at this context</source>
        <translation>当前上下文长度下的最大批大小</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/inference/labels.py" line="17" />
        <source>Largest context at this batch</source>
        <translation>当前批大小下的最大上下文长度</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/inference/labels.py" line="20" />
        <source>Decode bound per sequence</source>
        <translation>单序列解码上限</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/inference/labels.py" line="23" />
        <source>Decode bound, all sequences</source>
        <translation>全部序列解码上限</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/inference/labels.py" line="26" />
        <source>Batch where decode turns compute-bound</source>
        <translation>解码转为计算受限的批量</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/inference/labels.py" line="29" />
        <source>Prefill bound</source>
        <translation>预填充上限</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/inference/labels.py" line="30" />
        <source>Time to first token, at least</source>
        <translation>首 token 时间，至少</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/inference/labels.py" line="31" />
        <source>Time per output token, at least</source>
        <translation>每个输出 token 时间，至少</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/inference/labels.py" line="32" />
        <source>Requests per second, at most</source>
        <translation>每秒请求数，至多</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/inference/labels.py" line="35" />
        <source>Cost per million generated tokens</source>
        <translation>每百万生成词元成本</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/inference/labels.py" line="38" />
        <source>Cost per million input tokens</source>
        <translation>每百万输入 token 成本</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/inference/labels.py" line="41" />
        <source>Cost per million output tokens</source>
        <translation>每百万输出 token 成本</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/inference/labels.py" line="50" />
        <source>memory bandwidth</source>
        <translation>内存带宽</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/inference/labels.py" line="51" />
        <source>compute</source>
        <translation>算力</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/inference/labels.py" line="58" />
        <source>cheapest per token</source>
        <translation>每 token 最便宜</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/inference/labels.py" line="59" />
        <source>most tokens/s</source>
        <translation>每秒 token 最多</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/inference/labels.py" line="60" />
        <source>fewest devices</source>
        <translation>设备最少</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/inference/labels.py" line="66" />
        <source>16-bit (FP16 with FP16 weights, else BF16)</source>
        <translation>16 位（FP16 权重时为 FP16，否则 BF16）</translation>
    </message>
</context>
<context>
    <name>LayoutPage</name>
    <message>
        <location filename="../../gpucompare/ui/pages/training/layout_page.py" line="67" />
        <source>Layout (TP×PP×DP)</source>
        <translation>并行布局（TP×PP×DP）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/layout_page.py" line="68" />
        <source>Network between nodes</source>
        <translation>节点间网络</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/layout_page.py" line="69" />
        <source>Devices per node</source>
        <translation>每节点设备数</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/layout_page.py" line="70" />
        <source>Global batch (tokens)</source>
        <translation>全局批大小（token）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/layout_page.py" line="75" />
        <source>auto: the fastest that fits; or pin, e.g. 8x4x16</source>
        <translation>自动：放得下的最快布局；或指定，如 8x4x16</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/layout_page.py" line="77" />
        <source>default 8</source>
        <translation>默认 8</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/layout_page.py" line="79" />
        <source>default 4M, one sequence per node at least</source>
        <translation>默认 4M，且每节点至少一条序列</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/layout_page.py" line="89" />
        <source>Tensor parallelism stays within a node, over the device's own link (PCIe where the catalog has none); data parallelism crosses the network. The result shows the layout chosen and what communication and the pipeline bubble cost.</source>
        <translation>张量并行限于节点内，使用设备自身的互连（目录中没有互连数据时按 PCIe 计）；数据并行跨越网络。结果会显示所选布局，以及通信和流水线气泡的开销。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gpucompare/ui/main_window.py" line="261" />
        <source>gpucompare — AI accelerator comparison</source>
        <translation>gpucompare — AI 加速器对比</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/main_window.py" line="262" />
        <source>Scatter</source>
        <translation>散点图</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/main_window.py" line="263" />
        <source>Ranking</source>
        <translation>排名</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/main_window.py" line="264" />
        <source>Trend</source>
        <translation>趋势</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/main_window.py" line="265" />
        <source>Compare</source>
        <translation>对比</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/main_window.py" line="266" />
        <source>Compare hardware</source>
        <translation>硬件对比</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/main_window.py" line="267" />
        <source>Training cost</source>
        <translation>训练成本</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/main_window.py" line="268" />
        <source>Inference</source>
        <translation>推理</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/main_window.py" line="269" />
        <source>Filters</source>
        <translation>筛选</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/main_window.py" line="270" />
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/main_window.py" line="271" />
        <source> Precision (dense): </source>
        <translation> 精度（稠密）： </translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/main_window.py" line="273" />
        <source>Every FLOPS column, metric and chart uses the dense peak at this precision.</source>
        <translation>所有 FLOPS 列、指标和图表均使用该精度下的稠密峰值算力。</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/main_window.py" line="275" />
        <source> Currency: </source>
        <translation> 货币： </translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/main_window.py" line="276" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/main_window.py" line="277" />
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/main_window.py" line="279" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/main_window.py" line="280" />
        <source>&amp;Open catalog file…</source>
        <translation>打开设备目录文件(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/main_window.py" line="281" />
        <source>&amp;Remove my catalog files</source>
        <translation>移除我的设备目录文件(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/main_window.py" line="282" />
        <source>&amp;Export table as CSV…</source>
        <translation>将表格导出为 CSV(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/main_window.py" line="283" />
        <source>Export chart as &amp;PNG…</source>
        <translation>将图表导出为 PNG(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/main_window.py" line="284" />
        <source>Export chart as &amp;SVG…</source>
        <translation>将图表导出为 SVG(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/main_window.py" line="285" />
        <source>Export &amp;comparison as CSV…</source>
        <translation>将对比结果导出为 CSV(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/main_window.py" line="286" />
        <source>CSV for E&amp;xcel (UTF-8 with BOM)</source>
        <translation>适用于 Excel 的 CSV（UTF-8 带 BOM）(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/main_window.py" line="287" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/main_window.py" line="288" />
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/main_window.py" line="289" />
        <source>Co&amp;mpare selected</source>
        <translation>对比所选(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/main_window.py" line="290" />
        <source>&amp;Reset filters</source>
        <translation>重置筛选(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/main_window.py" line="291" />
        <source>&amp;About gpucompare</source>
        <translation>关于 gpucompare(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/main_window.py" line="324" />
        <source>Showing {shown} of {total} devices</source>
        <translation>显示 {shown} / {total} 个设备</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/main_window.py" line="327" />
        <source>{n} selected</source>
        <translation>已选 {n} 个</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/main_window.py" line="329" />
        <source>{n} user file(s) merged</source>
        <translation>已合并 {n} 个用户文件</translation>
    </message>
</context>
<context>
    <name>Metric</name>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="149" />
        <source>{p} peak (dense)</source>
        <translation>{p} 峰值（稠密）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="150" />
        <source>{p} {t} per 1,000 {c}</source>
        <translation>每千 {c} 的 {p} {t}</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="151" />
        <source>{p} {t} per watt</source>
        <translation>每瓦 {p} {t}</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="152" />
        <source>Memory per 1,000 {c}</source>
        <translation>每千 {c} 的显存</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="153" />
        <source>Bandwidth per {p} FLOP</source>
        <translation>每 {p} FLOP 的带宽</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="154" />
        <source>Cloud cost per {p} PFLOP-hour</source>
        <translation>每 {p} PFLOP·小时的云端成本</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="158" />
        <source>Dense peak throughput at the chosen precision.</source>
        <translation>所选精度下的稠密峰值算力。</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="159" />
        <source>Dense peak throughput per 1,000 of launch price.</source>
        <translation>发布价每 1,000 货币单位对应的稠密峰值算力。</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="162" />
        <source>Dense peak throughput per watt of rated power.</source>
        <translation>每瓦额定功耗对应的稠密峰值算力。</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="163" />
        <source>Gigabytes of device memory per 1,000 of launch price.</source>
        <translation>发布价每 1,000 货币单位对应的显存容量（GB）。</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="166" />
        <source>Bytes of memory bandwidth per dense FLOP: higher means less memory-bound.</source>
        <translation>每次稠密 FLOP 对应的显存带宽字节数：越高越不易受显存带宽限制。</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="169" />
        <source>On-demand price of one hour of one dense PFLOP/s at the chosen precision.</source>
        <translation>在所选精度下，1 PFLOP/s 稠密算力使用 1 小时的云端按需价格。</translation>
    </message>
</context>
<context>
    <name>PriceKind</name>
    <message>
        <location filename="../../gpucompare/ui/pages/hardware/price_html.py" line="17" />
        <source>MSRP</source>
        <translation>建议零售价</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/hardware/price_html.py" line="18" />
        <source>street</source>
        <translation>市场成交价</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/hardware/price_html.py" line="19" />
        <source>estimate</source>
        <translation>分析师估算</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/hardware/price_html.py" line="20" />
        <source>cloud on-demand</source>
        <translation>云端按需</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/hardware/price_html.py" line="21" />
        <source>cloud spot</source>
        <translation>云端竞价</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/hardware/price_html.py" line="22" />
        <source>cloud 1-year reserved</source>
        <translation>云端 1 年预留</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/hardware/price_html.py" line="23" />
        <source>cloud 3-year reserved</source>
        <translation>云端 3 年预留</translation>
    </message>
</context>
<context>
    <name>PricePolicyMenu</name>
    <message>
        <location filename="../../gpucompare/ui/widgets/price_menu.py" line="66" />
        <source>&amp;Prices</source>
        <translation>价格(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/widgets/price_menu.py" line="67" />
        <source>Purchase price</source>
        <translation>购买价</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/widgets/price_menu.py" line="68" />
        <source>Cloud price (on-demand, per device-hour)</source>
        <translation>云端价格（按需，每设备小时）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/widgets/price_menu.py" line="69" />
        <source>One provider</source>
        <translation>指定一家云厂商</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/widgets/price_menu.py" line="71" />
        <source>MSRP first, else street price</source>
        <translation>优先建议零售价，否则市场价</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/widgets/price_menu.py" line="72" />
        <source>Street price first, else MSRP</source>
        <translation>优先市场价，否则建议零售价</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/widgets/price_menu.py" line="73" />
        <source>Lowest known price</source>
        <translation>已知最低价</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/widgets/price_menu.py" line="74" />
        <source>Cheapest provider</source>
        <translation>最便宜的云厂商</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/widgets/price_menu.py" line="75" />
        <source>Median of the providers</source>
        <translation>各云厂商的中位数</translation>
    </message>
</context>
<context>
    <name>PriceTable</name>
    <message>
        <location filename="../../gpucompare/ui/pages/hardware/price_html.py" line="43" />
        <source>per system of {n}</source>
        <translation>每套系统（{n} 个设备）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/hardware/price_html.py" line="46" />
        <source>per device</source>
        <translation>每设备</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/hardware/price_html.py" line="48" />
        <source>per device-hour</source>
        <translation>每设备小时</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/hardware/price_html.py" line="50" />
        <source>per hour of {instance} ({n} devices)</source>
        <translation>{instance} 每小时（{n} 个设备）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/hardware/price_html.py" line="66" />
        <source>No observed prices.</source>
        <translation>没有已记录的价格。</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/hardware/price_html.py" line="72" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/hardware/price_html.py" line="73" />
        <source>Provider</source>
        <translation>提供方</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/hardware/price_html.py" line="74" />
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/hardware/price_html.py" line="75" />
        <source>As quoted</source>
        <translation>原始报价</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/hardware/price_html.py" line="76" />
        <source>In {currency}</source>
        <translation>折合 {currency}</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/hardware/price_html.py" line="77" />
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/hardware/price_html.py" line="78" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/hardware/price_html.py" line="79" />
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/hardware/price_html.py" line="81" />
        <source>Observed prices</source>
        <translation>已记录的价格</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/hardware/price_html.py" line="91" />
        <source>no rate</source>
        <translation>无汇率</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/hardware/price_html.py" line="111" />
        <source>{mark} the price that tables, charts and calculators use (View › Prices).</source>
        <translation>{mark} 表格、图表和计算器所用的价格（视图 › 价格）。</translation>
    </message>
</context>
<context>
    <name>RangeEdit</name>
    <message>
        <location filename="../../gpucompare/ui/widgets/range_edit.py" line="60" />
        <source>min</source>
        <translation>最小</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/widgets/range_edit.py" line="60" />
        <source>max</source>
        <translation>最大</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/widgets/range_edit.py" line="108" />
        <source>The maximum is below the minimum.</source>
        <translation>最大值小于最小值。</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/widgets/range_edit.py" line="117" />
        <source>Type a number such as 80 or 1500.5, or leave empty.</source>
        <translation>请输入数字（如 80 或 1500.5），或留空。</translation>
    </message>
</context>
<context>
    <name>RankingPanel</name>
    <message>
        <location filename="../../gpucompare/ui/charts/ranking.py" line="84" />
        <source>Metric:</source>
        <translation>指标：</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/charts/ranking.py" line="85" />
        <source>Show best:</source>
        <translation>显示前：</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/charts/ranking.py" line="110" />
        <source>best {n} of {m} shown: make the chart taller to see more</source>
        <translation>显示前 {n} 个（共 {m} 个）：把图表拉高可看到更多</translation>
    </message>
</context>
<context>
    <name>RatesDialog</name>
    <message>
        <location filename="../../gpucompare/ui/dialogs/rates.py" line="30" />
        <source>Exchange rates</source>
        <translation>汇率</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/dialogs/rates.py" line="36" />
        <source>The catalog stays in USD; prices are converted for display at these rates. Edit a rate to use your own.</source>
        <translation>设备目录中的价格始终以 USD 存储，显示时按以下汇率换算。可修改汇率以使用自定义值。</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/dialogs/rates.py" line="46" />
        <source>Currency</source>
        <translation>货币</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/dialogs/rates.py" line="47" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/dialogs/rates.py" line="48" />
        <source>Per 1 USD</source>
        <translation>每 1 USD</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/dialogs/rates.py" line="49" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/dialogs/rates.py" line="50" />
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/dialogs/rates.py" line="59" />
        <source>Reset to the bundled rates</source>
        <translation>恢复内置汇率</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/dialogs/rates.py" line="101" />
        <source>{code}: type a positive number, e.g. 7.1</source>
        <translation>{code}：请输入正数，如 7.1</translation>
    </message>
</context>
<context>
    <name>ScatterPanel</name>
    <message>
        <location filename="../../gpucompare/ui/charts/scatter.py" line="154" />
        <source>X:</source>
        <translation>X：</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/charts/scatter.py" line="155" />
        <source>Y:</source>
        <translation>Y：</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/charts/scatter.py" line="157" />
        <source>log</source>
        <translation>对数</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/charts/scatter.py" line="158" />
        <source>Labels</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/charts/scatter.py" line="159" />
        <source>Pareto frontier</source>
        <translation>帕累托前沿</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/charts/scatter.py" line="161" />
        <source>Devices no other device beats on both axes (in the better direction of each).</source>
        <translation>在两个坐标轴上（各按更优方向）均不被其他任何设备超越的设备。</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/charts/scatter.py" line="212" />
        <source>No devices match the filters</source>
        <translation>没有符合筛选条件的设备</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/charts/scatter.py" line="256" />
        <source>labels off: {n} points (at most {m})</source>
        <translation>标签已关闭：{n} 个点（最多 {m} 个）</translation>
    </message>
</context>
<context>
    <name>ScenarioCommands</name>
    <message>
        <location filename="../../gpucompare/ui/commands/scenario.py" line="45" />
        <source>Save scenario</source>
        <translation>保存场景</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/commands/scenario.py" line="47" />
        <source>gpucompare scenarios (*.gpucompare.json)</source>
        <translation>gpucompare 场景 (*.gpucompare.json)</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/commands/scenario.py" line="59" />
        <source>Scenario not saved</source>
        <translation>场景未保存</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/commands/scenario.py" line="60" />
        <location filename="../../gpucompare/ui/commands/scenario.py" line="150" />
        <source>Nothing was written.

{error}</source>
        <translation>未写入任何内容。

{error}</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/commands/scenario.py" line="68" />
        <source>Scenario saved to {path}</source>
        <translation>场景已保存到 {path}</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/commands/scenario.py" line="79" />
        <source>Open scenario</source>
        <translation>打开场景</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/commands/scenario.py" line="81" />
        <source>gpucompare scenarios (*.gpucompare.json);;All files (*)</source>
        <translation>gpucompare 场景 (*.gpucompare.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/commands/scenario.py" line="97" />
        <source>Cannot open the scenario</source>
        <translation>无法打开场景</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/commands/scenario.py" line="98" />
        <source>{path} was not opened; nothing changed.

{problems}</source>
        <translation>未打开 {path}；没有任何更改。

{problems}</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/commands/scenario.py" line="110" />
        <source>Scenario opened with notes</source>
        <translation>场景已打开（有提示）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/commands/scenario.py" line="111" />
        <source>{path} was opened; some of it could not be restored as saved:

{notes}</source>
        <translation>已打开 {path}；其中部分内容无法按保存时恢复：

{notes}</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/commands/scenario.py" line="119" />
        <source>Opened scenario {path}</source>
        <translation>已打开场景 {path}</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/commands/scenario.py" line="133" />
        <source>Export decision brief</source>
        <translation>导出决策简报</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/commands/scenario.py" line="135" />
        <source>PDF documents (*.pdf);;HTML pages (*.html)</source>
        <translation>PDF 文档 (*.pdf);;HTML 网页 (*.html)</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/commands/scenario.py" line="149" />
        <source>Brief not written</source>
        <translation>简报未写入</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/commands/scenario.py" line="159" />
        <source>Decision brief saved to {path}</source>
        <translation>决策简报已保存到 {path}</translation>
    </message>
</context>
<context>
    <name>ScenarioMenu</name>
    <message>
        <location filename="../../gpucompare/ui/commands/scenario_menu.py" line="50" />
        <source>(none yet)</source>
        <translation>（暂无）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/commands/scenario_menu.py" line="54" />
        <source>Open &amp;scenario…</source>
        <translation>打开场景(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/commands/scenario_menu.py" line="55" />
        <source>Sa&amp;ve scenario…</source>
        <translation>保存场景(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/commands/scenario_menu.py" line="56" />
        <source>Recent scenarios</source>
        <translation>最近的场景</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/commands/scenario_menu.py" line="57" />
        <source>Export decision &amp;brief (PDF/HTML)…</source>
        <translation>导出决策简报(&amp;B)（PDF/HTML）…</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/commands/scenario_menu.py" line="58" />
        <source>&amp;Copy (text and Markdown table)</source>
        <translation>复制(&amp;C)（文本和 Markdown 表格）</translation>
    </message>
</context>
<context>
    <name>TrainingForm</name>
    <message>
        <location filename="../../gpucompare/ui/pages/training/texts.py" line="63" />
        <source>Run</source>
        <translation>训练任务</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/texts.py" line="20" />
        <location filename="../../gpucompare/ui/pages/training/texts.py" line="64" />
        <source>Pricing</source>
        <translation>计价</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/texts.py" line="65" />
        <source>Energy</source>
        <translation>能耗</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/texts.py" line="66" />
        <source>Memory</source>
        <translation>显存</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/texts.py" line="12" />
        <source>Parameters</source>
        <translation>参数量</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/texts.py" line="13" />
        <source>Training tokens</source>
        <translation>训练词元数</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/texts.py" line="14" />
        <source>Or FLOPs budget</source>
        <translation>或 FLOPs 预算</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/texts.py" line="15" />
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/texts.py" line="16" />
        <source>Precision (dense)</source>
        <translation>精度（稠密）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/texts.py" line="17" />
        <source>Devices</source>
        <translation>设备数</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/texts.py" line="18" />
        <source>MFU</source>
        <translation>MFU</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/texts.py" line="21" />
        <source>Price per device-hour ({c})</source>
        <translation>每设备小时价格 ({c})</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/texts.py" line="24" />
        <source>Purchase price per device ({c})</source>
        <translation>单设备采购价 ({c})</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/texts.py" line="27" />
        <source>Server and facility overhead</source>
        <translation>服务器与机房附加成本</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/texts.py" line="28" />
        <source>Useful life (years)</source>
        <translation>使用寿命（年）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/texts.py" line="29" />
        <source>Utilisation</source>
        <translation>利用率</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/texts.py" line="30" />
        <source>Average draw (× rated power)</source>
        <translation>平均功耗（× 额定功耗）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/texts.py" line="31" />
        <source>PUE</source>
        <translation>PUE</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/texts.py" line="32" />
        <source>Grid carbon (kg CO₂/kWh)</source>
        <translation>电网碳排放强度 (kg CO₂/kWh)</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/texts.py" line="33" />
        <source>Electricity ({c}/kWh)</source>
        <translation>电价 ({c}/kWh)</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/texts.py" line="36" />
        <source>Optimizer</source>
        <translation>优化器</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/texts.py" line="37" />
        <source>Sharding</source>
        <translation>分片</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/texts.py" line="38" />
        <source>Sequence length</source>
        <translation>序列长度</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/texts.py" line="39" />
        <source>Micro-batch</source>
        <translation>微批次</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/texts.py" line="41" />
        <source>Layers (optional)</source>
        <translation>层数（可选）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/texts.py" line="42" />
        <source>Hidden size (optional)</source>
        <translation>隐藏维度（可选）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/texts.py" line="49" />
        <source>e.g. 7B, 70B, 1.3T</source>
        <translation>如 7B、70B、1.3T</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/texts.py" line="50" />
        <source>e.g. 300B, 2T</source>
        <translation>如 300B、2T</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/texts.py" line="51" />
        <source>optional, e.g. 8.4e23</source>
        <translation>可选，如 8.4e23</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/texts.py" line="52" />
        <source>e.g. 1024</source>
        <translation>如 1024</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/texts.py" line="53" />
        <source>e.g. 30</source>
        <translation>如 30</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/texts.py" line="55" />
        <location filename="../../gpucompare/ui/pages/training/texts.py" line="56" />
        <source>derived from parameters</source>
        <translation>由参数量推算</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/texts.py" line="67" />
        <source>Layout</source>
        <translation>并行布局</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/form.py" line="194" />
        <source>Compute-optimal (20 per parameter)</source>
        <translation>计算最优（每个参数 20 个词元）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/form.py" line="195" />
        <source>Chinchilla: D = 20 × N (Hoffmann et al. 2022)</source>
        <translation>Chinchilla：D = 20 × N（Hoffmann 等，2022）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/form.py" line="196" />
        <source>Use selected</source>
        <translation>使用所选</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/form.py" line="197" />
        <source>Take the device selected in the table</source>
        <translation>采用表格中选中的设备</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/form.py" line="198" />
        <source>Count</source>
        <translation>按设备数</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/form.py" line="199" />
        <source>Finish in days</source>
        <translation>按完成天数</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/form.py" line="200" />
        <source>Show the low–high band of the MFU presets</source>
        <translation>显示 MFU 预设的高低区间</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/form.py" line="201" />
        <source>Cloud (rent)</source>
        <translation>云端（租用）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/form.py" line="202" />
        <source>Owned (buy)</source>
        <translation>自有（采购）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/texts.py" line="40" />
        <source>Activation recomputation</source>
        <translation>激活重计算</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/form.py" line="208" />
        <source>FP4 (unproven for training: no published run)</source>
        <translation>FP4（训练未经验证：尚无公开的训练实例）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/form.py" line="227" />
        <source>Custom value</source>
        <translation>自定义值</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/form.py" line="337" />
        <source>catalog: {v}</source>
        <translation>设备目录：{v}</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/form.py" line="339" />
        <source>no catalog price: type one</source>
        <translation>设备目录中无价格：请手动输入</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/form.py" line="351" />
        <source>default {v}</source>
        <translation>默认 {v}</translation>
    </message>
</context>
<context>
    <name>TrainingPanel</name>
    <message>
        <location filename="../../gpucompare/ui/pages/training/panel.py" line="69" />
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/panel.py" line="63" />
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/panel.py" line="64" />
        <source>The same run on every filtered device</source>
        <translation>同一训练任务在各筛选设备上的对比</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/panel.py" line="65" />
        <source>Explain…</source>
        <translation>说明…</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/panel.py" line="66" />
        <source>Export result CSV…</source>
        <translation>导出结果 CSV…</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/panel.py" line="67" />
        <source>Export ranking CSV…</source>
        <translation>导出排名 CSV…</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/panel.py" line="68" />
        <source>Chart:</source>
        <translation>图表：</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/panel.py" line="69" />
        <source>Why it is left out</source>
        <translation>排除原因</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/panel.py" line="107" />
        <source>choose a device</source>
        <translation>请选择设备</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/panel.py" line="145" />
        <source>How the result is computed</source>
        <translation>结果的计算方法</translation>
    </message>
</context>
<context>
    <name>TrainingRanking</name>
    <message>
        <location filename="../../gpucompare/ui/pages/training/ranking.py" line="46" />
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/ranking.py" line="47" />
        <source>Precision</source>
        <translation>精度</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/ranking.py" line="48" />
        <source>Devices</source>
        <translation>设备数</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/ranking.py" line="49" />
        <source>Layout (TP×PP×DP)</source>
        <translation>并行布局（TP×PP×DP）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/ranking.py" line="50" />
        <source>Effective MFU</source>
        <translation>有效 MFU</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/ranking.py" line="51" />
        <source>Days</source>
        <translation>天数</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/ranking.py" line="52" />
        <source>Device-hours</source>
        <translation>设备小时数</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/ranking.py" line="53" />
        <source>Total ({c})</source>
        <translation>总计 ({c})</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/ranking.py" line="54" />
        <source>Compute ({c})</source>
        <translation>算力成本 ({c})</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/ranking.py" line="55" />
        <source>Why no cost</source>
        <translation>无成本原因</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/ranking.py" line="56" />
        <source>Energy (kWh)</source>
        <translation>能耗 (kWh)</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/ranking.py" line="57" />
        <location filename="../../gpucompare/ui/pages/training/ranking.py" line="71" />
        <source>CO₂ (kg)</source>
        <translation>CO₂ (kg)</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/ranking.py" line="58" />
        <source>Memory/device (GB)</source>
        <translation>单设备显存 (GB)</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/ranking.py" line="59" />
        <source>Min. devices</source>
        <translation>最少设备数</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/ranking.py" line="69" />
        <source>Total cost ({c})</source>
        <translation>总成本 ({c})</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/ranking.py" line="70" />
        <source>Wall-clock days</source>
        <translation>实际天数</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/ranking.py" line="75" />
        <source>{n} of {total} filtered devices cannot be priced or cannot run it:</source>
        <translation>筛选出的 {total} 个设备中有 {n} 个无法计价或无法运行该任务：</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/ranking.py" line="80" />
        <source>Chart</source>
        <translation>图表</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/ranking.py" line="80" />
        <source>Left out ({n})</source>
        <translation>已排除（{n}）</translation>
    </message>
</context>
<context>
    <name>TrainingResultText</name>
    <message>
        <location filename="../../gpucompare/ui/pages/training/results.py" line="38" />
        <source>included in the cloud price</source>
        <translation>已包含在云端价格中</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/results.py" line="42" />
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/results.py" line="42" />
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/results.py" line="49" />
        <source>Training compute</source>
        <translation>训练计算量</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/results.py" line="53" />
        <source>Tokens</source>
        <translation>词元数</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/results.py" line="56" />
        <source>Precision used</source>
        <translation>实际使用精度</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/results.py" line="60" />
        <source>Devices</source>
        <translation>设备数</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/results.py" line="61" />
        <source>MFU</source>
        <translation>MFU</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/results.py" line="64" />
        <source>Parallel layout</source>
        <translation>并行布局</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/results.py" line="65" />
        <source>{layout} (TP × PP × DP)</source>
        <translation>{layout}（TP × PP × DP）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/results.py" line="70" />
        <source>Effective MFU</source>
        <translation>有效 MFU</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/results.py" line="76" />
        <source>Wall-clock time</source>
        <translation>实际耗时</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/results.py" line="77" />
        <source>{h} h ({d} days)</source>
        <translation>{h} 小时（{d} 天）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/results.py" line="84" />
        <source>Device-hours</source>
        <translation>设备小时数</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/results.py" line="90" />
        <source>Compute cost</source>
        <translation>算力成本</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/results.py" line="96" />
        <source>Energy</source>
        <translation>能耗</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/results.py" line="100" />
        <source>Energy cost</source>
        <translation>能耗成本</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/results.py" line="103" />
        <source>Total cost</source>
        <translation>总成本</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/results.py" line="109" />
        <source>CO₂</source>
        <translation>CO₂ 排放</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/results.py" line="115" />
        <source>Memory per device</source>
        <translation>单设备显存</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/results.py" line="116" />
        <source>{need} of {have} GB</source>
        <translation>{need} / {have} GB</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/results.py" line="121" />
        <source>Fits in memory</source>
        <translation>显存可容纳</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/results.py" line="124" />
        <source>Minimum devices that fit</source>
        <translation>可容纳所需的最少设备数</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/results.py" line="146" />
        <source>{used} (no {chosen} figure: its best training precision)</source>
        <translation>{used}（无 {chosen} 数据：使用其最佳训练精度）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/results.py" line="154" />
        <source>MFU {a:g}–{b:g}</source>
        <translation>MFU {a:g}–{b:g}</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/results.py" line="157" />
        <source>{d1}–{d2} days, {c1}–{c2}</source>
        <translation>{d1}–{d2} 天，{c1}–{c2}</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/results.py" line="163" />
        <source>The same run at the lowest and highest MFU preset</source>
        <translation>同一训练任务在最低和最高 MFU 预设下的结果</translation>
    </message>
</context>
<context>
    <name>TrendPanel</name>
    <message>
        <location filename="../../gpucompare/ui/charts/trend.py" line="63" />
        <source>Metric:</source>
        <translation>指标：</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/charts/trend.py" line="95" />
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../../gpucompare/ui/labels/validation.py" line="13" />
        <source>BF16 and FP16 dense differ by more than 2x on one device: is one of them sparse or vector-only?</source>
        <translation>同一设备的 BF16 与 FP16 稠密算力相差超过 2 倍：其中一个是稀疏值或仅为向量单元的数值吗？</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/validation.py" line="17" />
        <source>FP8 dense is below FP16 dense on the same device: one of them is wrong (a sparse figure, or a per-board total?)</source>
        <translation>同一设备的 FP8 稠密算力低于 FP16 稠密算力：其中一个有误（是稀疏值，还是整板合计？）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/validation.py" line="21" />
        <source>NaN or infinity is not allowed; leave the cell empty if unknown</source>
        <translation>不允许 NaN 或无穷大；未知时请留空</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/validation.py" line="24" />
        <source>a quoted cell is never closed (unbalanced " quote)</source>
        <translation>有带引号的单元格没有闭合（" 引号不成对）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/validation.py" line="25" />
        <source>an id is lower-case letters, digits, dots and hyphens, e.g. nvidia-h100-sxm5-80gb</source>
        <translation>ID 只能由小写字母、数字、点和连字符组成，例如 nvidia-h100-sxm5-80gb</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/validation.py" line="29" />
        <source>column appears twice in the header</source>
        <translation>该列在表头中出现了两次</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/validation.py" line="30" />
        <source>every row needs an id</source>
        <translation>每一行都需要 ID</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/validation.py" line="31" />
        <source>every row needs at least one http(s) source for its values</source>
        <translation>每一行都需要至少一个 http(s) 来源，用以支撑其数值</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/validation.py" line="32" />
        <source>every source must be an http:// or https:// URL (separate several with spaces)</source>
        <translation>每个来源都必须是 http:// 或 https:// 网址（多个来源用空格分隔）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/validation.py" line="36" />
        <source>file contains NUL bytes: it looks binary, not a CSV text file</source>
        <translation>文件含有 NUL 字节：看起来是二进制文件，而不是 CSV 文本文件</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/validation.py" line="39" />
        <source>file is UTF-16/UTF-32 encoded (it starts with that BOM); save it as UTF-8 CSV</source>
        <translation>文件为 UTF-16/UTF-32 编码（以对应的 BOM 开头）；请另存为 UTF-8 CSV</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/validation.py" line="43" />
        <source>file is empty; expected a CSV header line</source>
        <translation>文件为空；应以 CSV 表头行开始</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/validation.py" line="44" />
        <source>file has no header line</source>
        <translation>文件没有表头行</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/validation.py" line="45" />
        <source>must be a date like 2024-03-18, 2024-03 or 2024</source>
        <translation>必须是日期，例如 2024-03-18、2024-03 或 2024</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/validation.py" line="46" />
        <source>must be a whole number</source>
        <translation>必须是整数</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/validation.py" line="47" />
        <source>must be yes or no (or empty if unknown)</source>
        <translation>必须为 yes 或 no（未知时留空）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/validation.py" line="48" />
        <source>must not be negative</source>
        <translation>不能为负数</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/validation.py" line="49" />
        <source>not a number (write plain digits, e.g. 80 or 3350.5)</source>
        <translation>不是数字（请只写数字，例如 80 或 3350.5）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/validation.py" line="50" />
        <source>required column is missing</source>
        <translation>缺少必需的列</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/validation.py" line="51" />
        <source>the file has a header but no device rows</source>
        <translation>文件只有表头，没有设备行</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/validation.py" line="52" />
        <source>the header has an empty column name</source>
        <translation>表头中有空的列名</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/validation.py" line="53" />
        <source>unknown column</source>
        <translation>未知的列</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/validation.py" line="54" />
        <source>no such file</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/validation.py" line="55" />
        <source>is a folder, not a CSV file</source>
        <translation>这是文件夹，不是 CSV 文件</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/validation.py" line="56" />
        <source>permission denied: the file cannot be read</source>
        <translation>权限不足：无法读取该文件</translation>
    </message>
</context>
<context>
    <name>Value</name>
    <message>
        <location filename="../../gpucompare/ui/formatting.py" line="61" />
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/formatting.py" line="63" />
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/published.py" line="15" />
        <source>n/p</source>
        <translation>未公布</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/published.py" line="24" />
        <source>Not sold: there is no purchase price.</source>
        <translation>不单独出售：没有购买价。</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/published.py" line="27" />
        <source>Not rented by any cloud.</source>
        <translation>没有云厂商出租。</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/published.py" line="31" />
        <source>n/p: the vendor does not publish {what} for this device.</source>
        <translation>未公布：厂商未公布该设备的{what}。</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/published.py" line="35" />
        <source>(“—” means not entered yet.)</source>
        <translation>（“—”表示尚未录入。）</translation>
    </message>
</context>
<context>
    <name>ViewMenu</name>
    <message>
        <location filename="../../gpucompare/ui/widgets/view_menu.py" line="65" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/widgets/view_menu.py" line="66" />
        <source>&amp;Columns</source>
        <translation>列(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/widgets/view_menu.py" line="67" />
        <source>C&amp;urrency</source>
        <translation>货币(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/widgets/view_menu.py" line="68" />
        <source>Exchange &amp;rates…</source>
        <translation>汇率(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/widgets/view_menu.py" line="70" />
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/widgets/view_menu.py" line="71" />
        <source>Large amounts in 万 / 亿 (Chinese)</source>
        <translation>大额数字以万 / 亿显示（中文习惯）</translation>
    </message>
</context>
</TS>