<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>App</name>
    <message>
        <location filename="../../gpucompare/ui/app.py" line="129"/>
        <source>The bundled catalog cannot be read:</source>
        <translation>无法读取内置设备目录：</translation>
    </message>
</context>
<context>
    <name>Brief</name>
    <message>
        <location filename="../../gpucompare/ui/report/calculators.py" line="37"/>
        <source>{n} devices</source>
        <translation>{n} 台设备</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/report/calculators.py" line="39"/>
        <source>as many devices as finish in {d} days</source>
        <translation>{d} 天内完成所需的设备数</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/report/calculators.py" line="47"/>
        <source>Model: {p} parameters, {t} tokens, {f} FLOP</source>
        <translation>模型：{p} 参数，{t} 词元，{f} FLOP</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/report/calculators.py" line="50"/>
        <source>Precision {p}; MFU {m:g}</source>
        <translation>精度 {p}；MFU {m:g}</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/report/calculators.py" line="53"/>
        <source>Layout: {layout}; {sharding}; {optimizer}; sequence length {s}</source>
        <translation>布局：{layout}；{sharding}；{optimizer}；序列长度 {s}</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/report/calculators.py" line="61"/>
        <source>Pricing: cloud, on-demand price per device-hour</source>
        <translation>计价：云端，按需每设备小时价格</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/report/calculators.py" line="63"/>
        <source>Pricing: owned hardware over {y:g} years at {u:.0%} utilisation</source>
        <translation>计价：自有硬件，按 {y:g} 年、利用率 {u:.0%} 分摊</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/report/calculators.py" line="66"/>
        <source>PUE {pue:g}; grid carbon {c:g} kg CO₂/kWh; electricity {e} {code}/kWh</source>
        <translation>PUE {pue:g}；电网碳强度 {c:g} kg CO₂/kWh；电价 {e} {code}/kWh</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/report/calculators.py" line="75"/>
        <source>Prices: {policy}</source>
        <translation>价格：{policy}</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/report/calculators.py" line="87"/>
        <source>Host power: by node class (DGX system power)</source>
        <translation>主机功耗：按节点类型（DGX 系统功耗）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/report/calculators.py" line="89"/>
        <source>Host power: {h:g} × device power</source>
        <translation>主机功耗：设备功耗的 {h:g} 倍</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/report/calculators.py" line="94"/>
        <source>Ownership: cost of capital {r:.0%} a year; whole nodes of {s}; colocation {c} {code}/kW-month; resale {v:.0%}</source>
        <translation>自有硬件：资金成本每年 {r:.0%}；按每节点 {s} 台整节点购买；托管费 {c} {code}/千瓦·月；残值 {v:.0%}</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/report/calculators.py" line="122"/>
        <source>The training inputs are incomplete: {e}</source>
        <translation>训练输入不完整：{e}</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/report/calculators.py" line="130"/>
        <location filename="../../gpucompare/ui/report/calculators.py" line="248"/>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/report/calculators.py" line="131"/>
        <location filename="../../gpucompare/ui/report/calculators.py" line="249"/>
        <source>Devices</source>
        <translation>设备数</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/report/calculators.py" line="132"/>
        <source>Days</source>
        <translation>天数</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/report/calculators.py" line="133"/>
        <source>Device-hours</source>
        <translation>设备小时数</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/report/calculators.py" line="134"/>
        <source>Price per device-hour ({c})</source>
        <translation>每设备小时价格 ({c})</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/report/calculators.py" line="137"/>
        <source>Price source and date</source>
        <translation>价格来源与日期</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/report/calculators.py" line="138"/>
        <source>Total cost</source>
        <translation>总成本</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/report/calculators.py" line="139"/>
        <source>CO₂ (t)</source>
        <translation>CO₂（吨）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/report/calculators.py" line="140"/>
        <source>Fits</source>
        <translation>可容纳</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/report/calculators.py" line="143"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/report/calculators.py" line="144"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/report/calculators.py" line="166"/>
        <location filename="../../gpucompare/ui/report/calculators.py" line="271"/>
        <source>Assumptions</source>
        <translation>假设</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/report/calculators.py" line="171"/>
        <source>Results, cheapest first</source>
        <translation>结果（最便宜的在前）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/report/calculators.py" line="178"/>
        <location filename="../../gpucompare/ui/report/calculators.py" line="284"/>
        <source>How it is computed ({name})</source>
        <translation>计算方法（{name}）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/report/calculators.py" line="211"/>
        <source>Devices that cannot run it</source>
        <translation>无法运行的设备</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/report/calculators.py" line="220"/>
        <source>The inference inputs are incomplete: {e}</source>
        <translation>推理输入不完整：{e}</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/report/calculators.py" line="228"/>
        <source>Model: {m} ({p} parameters)</source>
        <translation>模型：{m}（{p} 参数）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/report/calculators.py" line="231"/>
        <source>Weights in {w}, KV cache in {kv}; context {c} tokens; batch {b}</source>
        <translation>权重 {w}，KV 缓存 {kv}；上下文 {c} 词元；批大小 {b}</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/report/calculators.py" line="239"/>
        <source>Each device at the fewest devices that hold the model (at most {n}).</source>
        <translation>每种设备取能容纳模型的最少台数（至多 {n} 台）。</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/report/calculators.py" line="242"/>
        <source>Throughputs are upper bounds (memory bandwidth and dense peak), not benchmarks.</source>
        <translation>吞吐量为上限（由显存带宽和稠密峰值算力决定），不是实测基准。</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/report/calculators.py" line="250"/>
        <source>Memory used (GB)</source>
        <translation>显存占用 (GB)</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/report/calculators.py" line="251"/>
        <source>Decode ≤ tok/s/seq</source>
        <translation>解码 ≤ 词元/秒/序列</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/report/calculators.py" line="252"/>
        <source>Prefill ≤ tok/s</source>
        <translation>预填充 ≤ 词元/秒</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/report/calculators.py" line="253"/>
        <source>≥ {c} per 1M tokens</source>
        <translation>≥ {c}/百万词元</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/report/calculators.py" line="276"/>
        <source>Results</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/report/document.py" line="39"/>
        <location filename="../../gpucompare/ui/report/document.py" line="104"/>
        <source>Decision brief</source>
        <translation>决策简报</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/report/document.py" line="41"/>
        <source>{date} · gpucompare {version} · catalog checked up to {catalog} · precision {precision} (dense) · money in {currency}</source>
        <translation>{date} · gpucompare {version} · 目录数据核对至 {catalog} · 精度 {precision}（稠密） · 金额单位 {currency}</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/report/document.py" line="57"/>
        <source>Devices: {names}</source>
        <translation>设备：{names}</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/report/document.py" line="59"/>
        <source>The devices side by side</source>
        <translation>设备并列对比</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/report/document.py" line="61"/>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/report/document.py" line="63"/>
        <source>Training cost</source>
        <translation>训练成本</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/report/document.py" line="65"/>
        <source>Inference</source>
        <translation>推理</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/report/document.py" line="67"/>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/report/document.py" line="69"/>
        <source>Every number above comes from these sources; unknown values show as —.</source>
        <translation>以上每个数字均来自以下来源；未知的值显示为 —。</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/report/sections.py" line="29"/>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/report/sections.py" line="44"/>
        <source>Fewer than two devices are chosen: nothing to compare.</source>
        <translation>所选设备不足两台，无可对比。</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/report/sections.py" line="50"/>
        <source>★ marks the best value of each row (highest or lowest, as the metric wants).</source>
        <translation>★ 标出每行的最佳值（按该指标的方向取最高或最低）。</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/report/sections.py" line="63"/>
        <source>Price: {link}</source>
        <translation>价格：{link}</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/report/sections.py" line="67"/>
        <source>specs checked {date}</source>
        <translation>规格核对于 {date}</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/report/sections.py" line="76"/>
        <source>No devices are chosen.</source>
        <translation>未选择设备。</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/report/charts.py" line="53"/>
        <source>Scatter</source>
        <translation>散点图</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/report/charts.py" line="54"/>
        <source>Ranking</source>
        <translation>排名</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/report/charts.py" line="55"/>
        <source>Trend</source>
        <translation>趋势</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/report/charts.py" line="61"/>
        <source>Compared devices, normalised</source>
        <translation>对比设备（归一化）</translation>
    </message>
</context>
<context>
    <name>Calculator</name>
    <message>
        <location filename="../../gpucompare/ui/labels/calculators.py" line="23"/>
        <source>AdamW, mixed precision</source>
        <translation>AdamW，混合精度</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/calculators.py" line="24"/>
        <source>8-bit Adam</source>
        <translation>8 位 Adam</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/calculators.py" line="25"/>
        <source>SGD with momentum</source>
        <translation>带动量的 SGD</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/calculators.py" line="32"/>
        <source>no sharding (plain data parallel)</source>
        <translation>不分片（普通数据并行）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/calculators.py" line="33"/>
        <source>ZeRO-1 (optimizer state sharded)</source>
        <translation>ZeRO-1（分片优化器状态）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/calculators.py" line="34"/>
        <source>ZeRO-2 (optimizer state and gradients sharded)</source>
        <translation>ZeRO-2（分片优化器状态和梯度）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/calculators.py" line="37"/>
        <source>ZeRO-3 / FSDP (optimizer state, gradients and weights sharded)</source>
        <translation>ZeRO-3 / FSDP（分片优化器状态、梯度和权重）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/calculators.py" line="48"/>
        <source>no {p} figure</source>
        <translation>缺少 {p} 算力数据</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/calculators.py" line="53"/>
        <source>no memory figure (cannot check that it fits)</source>
        <translation>缺少显存数据（无法检查是否放得下）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/calculators.py" line="56"/>
        <source>does not fit at any device count with this sharding</source>
        <translation>在此分片方式下，任何设备数量都放不下</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/calculators.py" line="59"/>
        <source>needs more than {n} devices</source>
        <translation>需要超过 {n} 个设备</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/calculators.py" line="63"/>
        <source>does not fit in memory on {n} devices</source>
        <translation>{n} 个设备的显存放不下</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/calculators.py" line="67"/>
        <source>does not fit in memory on the solved number of devices</source>
        <translation>按求得的设备数量，显存放不下</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/calculators.py" line="94"/>
        <source>no cloud price in the catalog; give a price per device-hour</source>
        <translation>目录中没有云价格；请输入每设备小时价格</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/calculators.py" line="97"/>
        <source>no launch price in the catalog; give a purchase price</source>
        <translation>目录中没有发布价格；请输入购买价格</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/calculators.py" line="100"/>
        <source>no power figure, so the energy cost and the total are unknown</source>
        <translation>没有功耗数据，因此能源成本和总成本未知</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/calculators.py" line="114"/>
        <source>no memory figure</source>
        <translation>缺少显存数据</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/calculators.py" line="115"/>
        <source>no memory-bandwidth figure (no decode bound)</source>
        <translation>缺少显存带宽数据（无法计算解码上限）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/calculators.py" line="118"/>
        <source>does not fit on {n} devices</source>
        <translation>{n} 个设备上放不下</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/calculators.py" line="121"/>
        <source>no batch fits at this count</source>
        <translation>此数量下连一个批次都放不下</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/calculators.py" line="122"/>
        <source>misses the TTFT target (one prompt&apos;s prefill alone takes longer)</source>
        <translation>达不到首词延迟目标（单个提示词的预填充就已更久）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/calculators.py" line="125"/>
        <source>misses the TPOT target (one decode step at batch 1 takes longer)</source>
        <translation>达不到每词延迟目标（批大小为 1 时一步解码就已更久）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/calculators.py" line="128"/>
        <source>misses the targets (one request&apos;s prefill and decode take longer than TTFT + (output tokens − 1) × TPOT)</source>
        <translation>达不到延迟目标（一个请求的预填充与解码耗时超过 TTFT + (输出词元数 − 1) × TPOT）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/layout_page.py" line="22"/>
        <source>none (keep every activation)</source>
        <translation>不重算（保留全部激活）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/layout_page.py" line="23"/>
        <source>selective (FlashAttention; default)</source>
        <translation>选择性重算（FlashAttention；默认）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/layout_page.py" line="26"/>
        <source>full (+33% compute, least memory)</source>
        <translation>完全重算（计算量 +33%，显存最少）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/layout_page.py" line="33"/>
        <source>compute</source>
        <translation>算力</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/layout_page.py" line="34"/>
        <source>recomputation</source>
        <translation>重算</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/layout_page.py" line="35"/>
        <source>TP all-reduces</source>
        <translation>张量并行 all-reduce</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/layout_page.py" line="36"/>
        <source>EP all-to-alls</source>
        <translation>专家并行 all-to-all</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/layout_page.py" line="37"/>
        <source>pipeline bubble</source>
        <translation>流水线气泡</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/layout_page.py" line="38"/>
        <source>DP sync not hidden</source>
        <translation>未被掩盖的数据并行同步</translation>
    </message>
</context>
<context>
    <name>CatalogErrorsDialog</name>
    <message>
        <location filename="../../gpucompare/ui/dialogs/catalog_errors.py" line="32"/>
        <source>Catalog file not loaded</source>
        <translation>未加载设备目录文件</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/dialogs/catalog_errors.py" line="38"/>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/dialogs/catalog_errors.py" line="38"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/dialogs/catalog_errors.py" line="38"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/dialogs/catalog_errors.py" line="38"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/dialogs/catalog_errors.py" line="74"/>
        <source>{path} was not loaded: 1 problem found. Nothing was changed. Fix the file and open it again.</source>
        <translation>未加载 {path}：发现 1 个问题。没有做任何更改。请修正文件后重新打开。</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/dialogs/catalog_errors.py" line="79"/>
        <source>{path} was not loaded: {n} problems found. Nothing was changed. Fix the file and open it again.</source>
        <translation>未加载 {path}：发现 {n} 个问题。没有做任何更改。请修正文件后重新打开。</translation>
    </message>
</context>
<context>
    <name>CatalogTable</name>
    <message>
        <location filename="../../gpucompare/ui/pages/hardware/table_panel.py" line="64"/>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/hardware/table_panel.py" line="77"/>
        <source>Reset to default columns</source>
        <translation>恢复默认列</translation>
    </message>
</context>
<context>
    <name>CatalogTableModel</name>
    <message>
        <location filename="../../gpucompare/ui/models/catalog_table.py" line="170"/>
        <source>Sources:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/models/catalog_table.py" line="171"/>
        <source>none</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>Chart</name>
    <message>
        <location filename="../../gpucompare/ui/charts/style.py" line="201"/>
        <source>{n} no {what}</source>
        <translation>{n} 个缺少{what}</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/charts/style.py" line="210"/>
        <source>{n} zero on a log axis</source>
        <translation>{n} 个在对数轴上为零</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/charts/style.py" line="219"/>
        <source>{n} hidden: {why}</source>
        <translation>已隐藏 {n} 个：{why}</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/charts/style.py" line="220"/>
        <source>, </source>
        <translation>，</translation>
    </message>
</context>
<context>
    <name>Choice</name>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="175"/>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="176"/>
        <source>TPU</source>
        <translation>TPU</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="177"/>
        <source>NPU</source>
        <translation>NPU</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="178"/>
        <source>FPGA</source>
        <translation>FPGA</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="179"/>
        <source>ASIC</source>
        <translation>ASIC</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="180"/>
        <source>datacenter</source>
        <translation>数据中心</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="181"/>
        <source>workstation</source>
        <translation>工作站</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="182"/>
        <source>consumer</source>
        <translation>消费级</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="183"/>
        <source>edge</source>
        <translation>边缘端</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="184"/>
        <source>cloud-only</source>
        <translation>仅云端</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="185"/>
        <source>msrp</source>
        <translation>建议零售价</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="186"/>
        <source>street</source>
        <translation>市场成交价</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="187"/>
        <source>estimate</source>
        <translation>分析师估算</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="188"/>
        <source>upstream</source>
        <translation>官方支持</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="189"/>
        <source>plugin</source>
        <translation>插件</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="190"/>
        <source>fork</source>
        <translation>分支版本</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="191"/>
        <source>none</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>Column</name>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="15"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="16"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="17"/>
        <source>Vendor</source>
        <translation>厂商</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="18"/>
        <source>Brand</source>
        <translation>品牌</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="19"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="20"/>
        <source>Segment</source>
        <translation>细分市场</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="21"/>
        <source>Form factor</source>
        <translation>外形规格</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="22"/>
        <source>Released</source>
        <translation>发布年份</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="23"/>
        <source>Memory</source>
        <translation>显存</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="24"/>
        <source>Memory type</source>
        <translation>显存类型</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="25"/>
        <source>Memory bandwidth</source>
        <translation>显存带宽</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="26"/>
        <source>FP64 dense</source>
        <translation>FP64 稠密</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="27"/>
        <source>FP32 dense</source>
        <translation>FP32 稠密</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="28"/>
        <source>TF32 dense</source>
        <translation>TF32 稠密</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="29"/>
        <source>FP16 dense</source>
        <translation>FP16 稠密</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="30"/>
        <source>BF16 dense</source>
        <translation>BF16 稠密</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="31"/>
        <source>FP8 dense</source>
        <translation>FP8 稠密</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="32"/>
        <source>FP4 dense</source>
        <translation>FP4 稠密</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="33"/>
        <source>INT8 dense</source>
        <translation>INT8 稠密</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="34"/>
        <source>2:4 sparsity</source>
        <translation>2:4 稀疏</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="35"/>
        <source>Power</source>
        <translation>功耗</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="36"/>
        <source>Interconnect</source>
        <translation>互联带宽</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="37"/>
        <source>Purchase price</source>
        <translation>购买价</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="58"/>
        <source>Company that sells the device (one name each).</source>
        <translation>销售该设备的公司（每家公司一个名称）。</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="59"/>
        <source>Sub-brand or maker: HiSilicon, Xilinx, Altera, …</source>
        <translation>子品牌或制造商：海思、赛灵思、Altera 等。</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="109"/>
        <source>Purchase price of one device in USD, picked by the price policy (see launch_price_kind).</source>
        <translation>单台设备的购买价（美元），由价格策略选出（见 launch_price_kind）。</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="117"/>
        <source>Date of the purchase price.</source>
        <translation>购买价的日期。</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="38"/>
        <source>Price kind</source>
        <translation>价格类型</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="39"/>
        <source>Price date</source>
        <translation>价格日期</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="40"/>
        <source>Price source</source>
        <translation>价格来源</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="41"/>
        <source>Cloud price</source>
        <translation>云端价格</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="42"/>
        <source>Cloud provider</source>
        <translation>云服务商</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="43"/>
        <source>Cloud price date</source>
        <translation>云端价格日期</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="44"/>
        <source>Cloud source</source>
        <translation>云端价格来源</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="45"/>
        <source>Software</source>
        <translation>软件栈</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="46"/>
        <source>Compute capability</source>
        <translation>计算能力</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="47"/>
        <source>PyTorch</source>
        <translation>PyTorch</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="48"/>
        <source>vLLM</source>
        <translation>vLLM</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="49"/>
        <source>Not published</source>
        <translation>未公布</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="50"/>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="51"/>
        <source>Sources date</source>
        <translation>来源核对日期</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="52"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="56"/>
        <source>Stable slug: lower-case letters, digits and hyphens.</source>
        <translation>稳定标识符（slug）：小写字母、数字和连字符。</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="57"/>
        <source>Product name as the vendor writes it.</source>
        <translation>厂商官方写法的产品名称。</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="60"/>
        <source>GPU, TPU, NPU, FPGA or ASIC.</source>
        <translation>GPU、TPU、NPU、FPGA 或 ASIC。</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="61"/>
        <source>Market: datacenter, workstation, consumer, edge or cloud-only.</source>
        <translation>目标市场：datacenter（数据中心）、workstation（工作站）、consumer（消费级）、edge（边缘端）或 cloud-only（仅云端）。</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="64"/>
        <source>SXM5, PCIe, OAM, module, chip, …</source>
        <translation>SXM5、PCIe、OAM、模组、芯片…</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="65"/>
        <source>Year the device was launched or became available.</source>
        <translation>设备发布或开始供货的年份。</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="68"/>
        <source>Device memory as the vendor states it (on-chip SRAM for SRAM-only chips).</source>
        <translation>厂商标称的显存容量（纯 SRAM 芯片填片上 SRAM 容量）。</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="71"/>
        <source>HBM3, GDDR6X, LPDDR5, SRAM, …</source>
        <translation>HBM3、GDDR6X、LPDDR5、SRAM…</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="72"/>
        <source>Peak bandwidth of the device memory.</source>
        <translation>显存的峰值带宽。</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="73"/>
        <source>Dense peak FP64 throughput at FP64, per device, without sparsity.</source>
        <translation>单设备 FP64 稠密峰值算力，不含稀疏加速。</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="76"/>
        <source>Dense peak FP32 throughput at FP32, per device, without sparsity.</source>
        <translation>单设备 FP32 稠密峰值算力，不含稀疏加速。</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="79"/>
        <source>Dense peak TF32 tensor throughput at TF32, per device, without sparsity.</source>
        <translation>单设备 TF32 张量运算稠密峰值算力，不含稀疏加速。</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="82"/>
        <source>Dense peak FP16 tensor (FP32 accumulate) throughput at FP16, per device, without sparsity.</source>
        <translation>单设备 FP16 张量运算（FP32 累加）稠密峰值算力，不含稀疏加速。</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="86"/>
        <source>Dense peak BF16 tensor (FP32 accumulate) throughput at BF16, per device, without sparsity.</source>
        <translation>单设备 BF16 张量运算（FP32 累加）稠密峰值算力，不含稀疏加速。</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="90"/>
        <source>Dense peak FP8 tensor throughput at FP8, per device, without sparsity.</source>
        <translation>单设备 FP8 张量运算稠密峰值算力，不含稀疏加速。</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="93"/>
        <source>Dense peak FP4 tensor throughput at FP4, per device, without sparsity.</source>
        <translation>单设备 FP4 张量运算稠密峰值算力，不含稀疏加速。</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="96"/>
        <source>Dense peak INT8 tensor throughput at INT8, per device, without sparsity.</source>
        <translation>单设备 INT8 张量运算稠密峰值算力，不含稀疏加速。</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="99"/>
        <source>Whether 2:4 structured sparsity doubles the tensor rate (yes/no).</source>
        <translation>2:4 结构化稀疏能否使张量算力翻倍（yes/no）。</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="102"/>
        <source>Board, module or chip power (TDP/TBP) as the vendor states it.</source>
        <translation>厂商标称的板卡、模组或芯片功耗（TDP/TBP）。</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="105"/>
        <source>Device-to-device bandwidth (NVLink, Infinity Fabric, ICI, HCCS, …), total per device.</source>
        <translation>设备间互联带宽（NVLink、Infinity Fabric、ICI、HCCS…），按单设备合计。</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="113"/>
        <source>msrp (vendor list price), street (reported selling price) or estimate (named analyst).</source>
        <translation>msrp（厂商官方建议零售价）、street（公开报道的成交价）或 estimate（注明出处的分析师估算）。</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="118"/>
        <source>Where the price comes from.</source>
        <translation>价格的来源。</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="119"/>
        <source>On-demand price of one device-hour at the named provider.</source>
        <translation>所列云服务商处单设备每小时的按需价格。</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="122"/>
        <source>Provider of the cloud price.</source>
        <translation>云端价格对应的云服务商。</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="123"/>
        <source>Date of the cloud price.</source>
        <translation>云端价格对应的日期。</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="124"/>
        <source>Where the cloud price comes from.</source>
        <translation>云端价格的来源。</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="125"/>
        <source>SDK or runtime: CUDA, ROCm, oneAPI, CANN, XLA/JAX, Neuron, SynapseAI, MUSA, …</source>
        <translation>SDK 或运行时：CUDA、ROCm、oneAPI、CANN、XLA/JAX、Neuron、SynapseAI、MUSA 等。</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="128"/>
        <source>CUDA compute capability (NVIDIA) or GPU target (AMD gfx…).</source>
        <translation>CUDA 计算能力（NVIDIA）或 GPU 目标架构（AMD gfx…）。</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="131"/>
        <source>PyTorch support: upstream (official builds), plugin (vendor extension) or none.</source>
        <translation>PyTorch 支持：官方支持（官方构建）、插件（厂商扩展）或无。</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="135"/>
        <source>vLLM support: upstream, plugin (hardware plugin), fork (vendor fork) or none.</source>
        <translation>vLLM 支持：官方支持、插件（硬件插件）、分支版本（厂商分支）或无。</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="138"/>
        <source>Columns nobody publishes for this device (space-separated ids), shown as n/p; purchase_price / cloud_price when it is not sold / not rented.</source>
        <translation>该设备无人公布的列（以空格分隔的列 ID），显示为“未公布”；不出售或不出租时为 purchase_price / cloud_price。</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="143"/>
        <source>Spec sources (http/https), space-separated.</source>
        <translation>规格来源（http/https 链接），以空格分隔。</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="144"/>
        <source>Date the specs were checked.</source>
        <translation>规格核对日期。</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="145"/>
        <source>Caveats: sparse-only figures, per-module, …</source>
        <translation>注意事项：仅有稀疏算力数据、按模组计…</translation>
    </message>
</context>
<context>
    <name>CompareModel</name>
    <message>
        <location filename="../../gpucompare/ui/models/compare.py" line="112"/>
        <source>{name} (baseline)</source>
        <translation>{name}（基准）</translation>
    </message>
</context>
<context>
    <name>ComparePanel</name>
    <message>
        <location filename="../../gpucompare/ui/pages/hardware/compare_panel.py" line="94"/>
        <source>Compare selected devices</source>
        <translation>对比所选设备</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/hardware/compare_panel.py" line="95"/>
        <source>Select 2–6 devices in the table, then press here.</source>
        <translation>在表格中选择 2–6 个设备，然后点击此处。</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/hardware/compare_panel.py" line="96"/>
        <source>Baseline:</source>
        <translation>基准：</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/hardware/compare_panel.py" line="97"/>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/hardware/compare_panel.py" line="98"/>
        <source>Table</source>
        <translation>表格</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/hardware/compare_panel.py" line="99"/>
        <source>Normalised bars</source>
        <translation>归一化柱状图</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/hardware/compare_panel.py" line="108"/>
        <source>Select {low} to {high} devices in the table to compare them ({n} selected).</source>
        <translation>在表格中选择 {low} 到 {high} 个设备进行对比（已选 {n} 个）。</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/hardware/compare_panel.py" line="130"/>
        <source>Select {low} to {high} devices in the table, then compare them.</source>
        <translation>在表格中选择 {low} 到 {high} 个设备，然后进行对比。</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/hardware/compare_panel.py" line="144"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/hardware/compare_panel.py" line="187"/>
        <source>Value ÷ largest value in its group</source>
        <translation>数值 ÷ 组内最大值</translation>
    </message>
</context>
<context>
    <name>CostFields</name>
    <message>
        <location filename="../../gpucompare/ui/pages/training/cost_fields.py" line="82"/>
        <source>Cloud (rent)</source>
        <translation>云端（租用）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/cost_fields.py" line="83"/>
        <source>Owned (buy)</source>
        <translation>自有（采购）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/cost_fields.py" line="103"/>
        <source>catalog: {v}</source>
        <translation>设备目录：{v}</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/cost_fields.py" line="105"/>
        <source>no catalog price: type one</source>
        <translation>设备目录中无价格：请手动输入</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/cost_fields.py" line="110"/>
        <source>default {v}</source>
        <translation>默认 {v}</translation>
    </message>
</context>
<context>
    <name>DataLabel</name>
    <message>
        <location filename="../../gpucompare/ui/labels/data_labels.py" line="18"/>
        <source>Conservative (estimator convention)</source>
        <translation>保守（估算者惯例）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/data_labels.py" line="19"/>
        <source>Typical (Llama 3 405B: 38-43%)</source>
        <translation>典型（Llama 3 405B：38-43%）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/data_labels.py" line="20"/>
        <source>Best published (Megatron 530B: 54.2%)</source>
        <translation>已发表最佳（Megatron 530B：54.2%）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/data_labels.py" line="21"/>
        <source>World average (Ember)</source>
        <translation>全球平均（Ember）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/data_labels.py" line="22"/>
        <source>World average (IEA)</source>
        <translation>全球平均（IEA）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/data_labels.py" line="23"/>
        <source>China</source>
        <translation>中国</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/data_labels.py" line="24"/>
        <source>India</source>
        <translation>印度</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/data_labels.py" line="25"/>
        <source>United States</source>
        <translation>美国</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/data_labels.py" line="26"/>
        <source>Germany</source>
        <translation>德国</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/data_labels.py" line="27"/>
        <source>Canada</source>
        <translation>加拿大</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/data_labels.py" line="28"/>
        <source>France</source>
        <translation>法国</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/data_labels.py" line="29"/>
        <source>Norway</source>
        <translation>挪威</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/data_labels.py" line="30"/>
        <source>Hyperscale (Google fleet)</source>
        <translation>超大规模（Google 数据中心群）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/data_labels.py" line="31"/>
        <source>Industry average (Uptime Institute)</source>
        <translation>行业平均（Uptime Institute）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/data_labels.py" line="32"/>
        <source>Rated power (Meta&apos;s convention)</source>
        <translation>额定功耗（Meta 的惯例）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/data_labels.py" line="33"/>
        <source>US industrial average (EIA)</source>
        <translation>美国工业平均（EIA）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/data_labels.py" line="34"/>
        <source>4 years (hyperscalers before 2022)</source>
        <translation>4 年（2022 年前的超大规模云厂商）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/data_labels.py" line="35"/>
        <source>5 years (Meta and Amazon servers)</source>
        <translation>5 年（Meta 和 Amazon 服务器）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/data_labels.py" line="36"/>
        <source>6 years (Microsoft and Google)</source>
        <translation>6 年（Microsoft 和 Google）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/data_labels.py" line="37"/>
        <source>Server around the GPU (derived)</source>
        <translation>GPU 所在服务器（推算）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/data_labels.py" line="38"/>
        <source>Server, network and facility (derived)</source>
        <translation>服务器、网络和机房设施（推算）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/data_labels.py" line="41"/>
        <source>Busy its whole life (assumption)</source>
        <translation>整个寿命期满负荷运行（假设）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/data_labels.py" line="44"/>
        <source>Compute-optimal (Chinchilla)</source>
        <translation>计算最优（Chinchilla）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/data_labels.py" line="47"/>
        <source>Typical FP8 (Llama 4 Behemoth: 390 TFLOPS per GPU)</source>
        <translation>典型 FP8（Llama 4 Behemoth：每 GPU 390 TFLOPS）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/data_labels.py" line="50"/>
        <source>FP4 (unproven: assumed no faster than FP8)</source>
        <translation>FP4（未经验证：假设不比 FP8 快）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/data_labels.py" line="53"/>
        <source>By node class (DGX system power)</source>
        <translation>按节点类型（DGX 系统功耗）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/data_labels.py" line="54"/>
        <source>GPU power only (the Llama and BLOOM model cards&apos; convention)</source>
        <translation>仅计 GPU 功耗（Llama 和 BLOOM 模型卡的惯例）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/data_labels.py" line="57"/>
        <source>8 devices per node (DGX/HGX)</source>
        <translation>每节点 8 台设备（DGX/HGX）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/data_labels.py" line="58"/>
        <source>GPU-backed loans (low end of 10-17%)</source>
        <translation>GPU 抵押贷款（10-17% 的低端）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/data_labels.py" line="61"/>
        <source>No cost of capital (cash at 0%)</source>
        <translation>无资金成本（现金，0%）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/data_labels.py" line="62"/>
        <source>Wholesale colocation (CBRE H2 2024)</source>
        <translation>批发托管（CBRE 2024 年下半年）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/data_labels.py" line="65"/>
        <source>Own facility (no rent)</source>
        <translation>自有机房（无租金）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/data_labels.py" line="66"/>
        <source>No resale value</source>
        <translation>无残值</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/data_labels.py" line="67"/>
        <source>InfiniBand NDR (400 Gb/s per device)</source>
        <translation>InfiniBand NDR（每台设备 400 Gb/s）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/data_labels.py" line="68"/>
        <source>InfiniBand XDR (800 Gb/s per device)</source>
        <translation>InfiniBand XDR（每台设备 800 Gb/s）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/data_labels.py" line="69"/>
        <source>RoCE 400 GbE (400 Gb/s per device)</source>
        <translation>RoCE 400 GbE（每台设备 400 Gb/s）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/data_labels.py" line="70"/>
        <source>100 Gigabit Ethernet (one port per device)</source>
        <translation>100 Gb 以太网（每台设备一个端口）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/data_labels.py" line="73"/>
        <source>PCIe boxes, one 100 GbE port per box of 8</source>
        <translation>PCIe 机箱，每箱 8 台共用一个 100 GbE 端口</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/data_labels.py" line="76"/>
        <source>NVLink / NVSwitch domain (the device&apos;s own link)</source>
        <translation>NVLink / NVSwitch 域（设备自身的互连）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/data_labels.py" line="79"/>
        <source>TPU ICI (the chip&apos;s own links)</source>
        <translation>TPU ICI（芯片自身的互连）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/data_labels.py" line="80"/>
        <source>PCIe 4.0 x16 (no device-to-device link in the catalog)</source>
        <translation>PCIe 4.0 x16（目录中没有设备间互连）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/data_labels.py" line="83"/>
        <source>8 devices per node (HGX / DGX)</source>
        <translation>每节点 8 台设备（HGX / DGX）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/data_labels.py" line="84"/>
        <source>4M tokens (Llama 2)</source>
        <translation>4M 个 token（Llama 2）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/data_labels.py" line="85"/>
        <source>32,000 tokens (Llama 2)</source>
        <translation>32,000 个 token（Llama 2）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/data_labels.py" line="86"/>
        <source>10% of device memory kept free (modelling choice)</source>
        <translation>保留 10% 设备显存（建模选择）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/data_labels.py" line="89"/>
        <source>US dollar</source>
        <translation>美元</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/data_labels.py" line="90"/>
        <source>Chinese yuan</source>
        <translation>人民币</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/data_labels.py" line="91"/>
        <source>Euro</source>
        <translation>欧元</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/data_labels.py" line="94"/>
        <source>fraction of dense peak</source>
        <translation>稠密峰值的比例</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/data_labels.py" line="95"/>
        <source>kg CO2/kWh</source>
        <translation>kg CO2/kWh</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/data_labels.py" line="96"/>
        <source>kg CO2e/kWh</source>
        <translation>kg CO2e/kWh</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/data_labels.py" line="97"/>
        <source>ratio</source>
        <translation>比值</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/data_labels.py" line="98"/>
        <source>fraction of rated power</source>
        <translation>额定功耗的比例</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/data_labels.py" line="99"/>
        <source>USD/kWh</source>
        <translation>美元/kWh</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/data_labels.py" line="100"/>
        <source>years</source>
        <translation>年</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/data_labels.py" line="101"/>
        <source>fraction of GPU price</source>
        <translation>GPU 价格的比例</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/data_labels.py" line="102"/>
        <source>fraction of hours</source>
        <translation>时间占比</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/data_labels.py" line="103"/>
        <source>tokens per parameter</source>
        <translation>每参数 token 数</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/data_labels.py" line="104"/>
        <source>fraction of dense FP8 peak</source>
        <translation>FP8 稠密峰值的比例</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/data_labels.py" line="105"/>
        <source>fraction of dense FP4 peak</source>
        <translation>FP4 稠密峰值的比例</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/data_labels.py" line="106"/>
        <source>fraction of device power</source>
        <translation>设备功耗的比例</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/data_labels.py" line="107"/>
        <source>devices</source>
        <translation>台设备</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/data_labels.py" line="108"/>
        <source>per year</source>
        <translation>每年</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/data_labels.py" line="109"/>
        <source>USD per kW-month</source>
        <translation>美元/千瓦·月</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/data_labels.py" line="110"/>
        <source>fraction of capital</source>
        <translation>初始投资的比例</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/data_labels.py" line="111"/>
        <source>GB/s per device each way</source>
        <translation>每台设备单向 GB/s</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/data_labels.py" line="112"/>
        <source>GB/s each way</source>
        <translation>单向 GB/s</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/data_labels.py" line="113"/>
        <source>tokens</source>
        <translation>个 token</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/data_labels.py" line="114"/>
        <source>fraction of device memory</source>
        <translation>设备显存的比例</translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <location filename="../../gpucompare/ui/pages/hardware/details_panel.py" line="69"/>
        <source>Select a device to see its details and sources.</source>
        <translation>选择一个设备以查看其详细信息和来源。</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/hardware/details_panel.py" line="89"/>
        <source>Purchase ({currency})</source>
        <translation>购买价（{currency}）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/hardware/details_panel.py" line="90"/>
        <source>Cloud ({currency}/h)</source>
        <translation>云端（{currency}/小时）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/hardware/device_html.py" line="65"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>FileCommands</name>
    <message>
        <location filename="../../gpucompare/ui/commands/files.py" line="59"/>
        <source>Merged {n} prices from {path}</source>
        <translation>已从 {path} 合并 {n} 条价格</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/commands/files.py" line="61"/>
        <source>Merged {n} device rows from {path}</source>
        <translation>已从 {path} 合并 {n} 行设备数据</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/commands/files.py" line="70"/>
        <source>Open catalog file</source>
        <translation>打开设备目录文件</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/commands/files.py" line="72"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/commands/files.py" line="84"/>
        <source>No catalog files of yours are merged</source>
        <translation>当前没有合并您的设备目录文件</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/commands/files.py" line="90"/>
        <source>Remove my catalog files</source>
        <translation>移除我的设备目录文件</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/commands/files.py" line="91"/>
        <source>Stop using these files and show the bundled catalog only?

{files}

The files themselves stay on disk; you can open them again.</source>
        <translation>停止使用以下文件，只显示内置设备目录？

{files}

文件本身仍保留在磁盘上，您可以再次打开。</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/commands/files.py" line="101"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/commands/files.py" line="114"/>
        <source>Showing the bundled catalog only</source>
        <translation>仅显示内置设备目录</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/commands/files.py" line="129"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/commands/files.py" line="130"/>
        <source>Nothing was written.

{error}</source>
        <translation>未写入任何内容。

{error}</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/commands/files.py" line="140"/>
        <source>Export table as CSV</source>
        <translation>将表格导出为 CSV</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/commands/files.py" line="142"/>
        <location filename="../../gpucompare/ui/commands/files.py" line="209"/>
        <location filename="../../gpucompare/ui/commands/files.py" line="226"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/commands/files.py" line="156"/>
        <source>Exported {n} rows to {path}</source>
        <translation>已导出 {n} 行到 {path}</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/commands/files.py" line="166"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/commands/files.py" line="168"/>
        <source>SVG images (*.svg)</source>
        <translation>SVG 图像 (*.svg)</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/commands/files.py" line="172"/>
        <source>Export chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/commands/files.py" line="186"/>
        <source>Chart saved to {path}</source>
        <translation>图表已保存到 {path}</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/commands/files.py" line="197"/>
        <source>Nothing to export</source>
        <translation>没有可导出的内容</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/commands/files.py" line="198"/>
        <source>Compare 2–6 devices first: select them in the table and press Compare.</source>
        <translation>请先对比 2–6 个设备：在表格中选中它们，然后点击“对比”。</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/commands/files.py" line="207"/>
        <source>Export comparison as CSV</source>
        <translation>将对比结果导出为 CSV</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/commands/files.py" line="219"/>
        <source>Comparison saved to {path}</source>
        <translation>对比结果已保存到 {path}</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/commands/files.py" line="238"/>
        <source>Saved {path}</source>
        <translation>已保存 {path}</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/commands/files.py" line="252"/>
        <source>Export training result</source>
        <translation>导出训练结果</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/commands/files.py" line="265"/>
        <source>Export training ranking</source>
        <translation>导出训练排名</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/commands/files.py" line="278"/>
        <source>Export inference ranking</source>
        <translation>导出推理排名</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/commands/files.py" line="307"/>
        <source>&lt;h3&gt;gpucompare {version}&lt;/h3&gt;&lt;p&gt;Compare AI accelerators — GPUs, TPUs, NPUs, FPGAs and other AI chips — and price training runs, offline, with a source behind every number.&lt;/p&gt;&lt;p&gt;Catalog: {total} devices ({counts}). Empty cells mean unknown; throughput is dense (no sparsity).&lt;/p&gt;&lt;p&gt;Qt for Python {qt}. MIT licence.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;gpucompare {version}&lt;/h3&gt;&lt;p&gt;对比 AI 加速器（GPU、TPU、NPU、FPGA 及其他 AI 芯片）并估算训练成本，完全离线运行，每个数字都有来源可查。&lt;/p&gt;&lt;p&gt;设备目录：{total} 个设备（{counts}）。空白单元格表示未知；算力均为稠密值（不含稀疏加速）。&lt;/p&gt;&lt;p&gt;Qt for Python {qt}。MIT 许可证。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/commands/files.py" line="316"/>
        <source>About gpucompare</source>
        <translation>关于 gpucompare</translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message>
        <location filename="../../gpucompare/ui/pages/hardware/filter_panel.py" line="146"/>
        <source>Search name, vendor, form factor… (Ctrl+F)</source>
        <translation>搜索名称、厂商、外形规格… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/hardware/filter_panel.py" line="147"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/hardware/filter_panel.py" line="148"/>
        <source>Segment</source>
        <translation>细分市场</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/hardware/filter_panel.py" line="149"/>
        <source>Vendor (none ticked = all)</source>
        <translation>厂商（不勾选即全部）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/hardware/filter_panel.py" line="150"/>
        <source>Ranges</source>
        <translation>数值范围</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/hardware/filter_panel.py" line="151"/>
        <source>Software support</source>
        <translation>软件支持</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/hardware/filter_panel.py" line="152"/>
        <source>PyTorch</source>
        <translation>PyTorch</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/hardware/filter_panel.py" line="153"/>
        <source>vLLM</source>
        <translation>vLLM</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/hardware/filter_panel.py" line="155"/>
        <source>any</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/hardware/filter_panel.py" line="156"/>
        <source>upstream</source>
        <translation>官方支持</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/hardware/filter_panel.py" line="157"/>
        <source>upstream or vendor plugin</source>
        <translation>上游或厂商插件</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/hardware/filter_panel.py" line="158"/>
        <source>upstream, plugin or vendor fork</source>
        <translation>上游、插件或厂商分支</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/hardware/filter_panel.py" line="164"/>
        <source>Upstream: official PyTorch builds; plugin: a vendor extension.</source>
        <translation>上游：PyTorch 官方构建；插件：厂商扩展。</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/hardware/filter_panel.py" line="167"/>
        <source>Upstream: vLLM itself; plugin: a hardware plugin; fork: a vendor&apos;s fork.</source>
        <translation>上游：vLLM 本身；插件：硬件插件；分支：厂商维护的分支。</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/hardware/filter_panel.py" line="173"/>
        <source>Memory</source>
        <translation>显存</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/hardware/filter_panel.py" line="173"/>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/hardware/filter_panel.py" line="173"/>
        <source>Power</source>
        <translation>功耗</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/hardware/filter_panel.py" line="173"/>
        <source>Released</source>
        <translation>发布年份</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/hardware/filter_panel.py" line="177"/>
        <source>min</source>
        <translation>最小</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/hardware/filter_panel.py" line="177"/>
        <source>max</source>
        <translation>最大</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/hardware/filter_panel.py" line="178"/>
        <source>Only devices with a price</source>
        <translation>仅显示有价格的设备</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/hardware/filter_panel.py" line="179"/>
        <source>Only devices I can rent</source>
        <translation>仅显示可租用的设备</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/hardware/filter_panel.py" line="181"/>
        <source>Devices with an on-demand cloud price in the catalog.</source>
        <translation>设备目录中有云端按需价格的设备。</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/hardware/filter_panel.py" line="183"/>
        <source>Reset filters</source>
        <translation>重置筛选</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/hardware/filter_panel.py" line="201"/>
        <source>Includes {brands}</source>
        <translation>包括 {brands}</translation>
    </message>
</context>
<context>
    <name>InferenceForm</name>
    <message>
        <location filename="../../gpucompare/ui/pages/inference/form.py" line="139"/>
        <source>KV cache</source>
        <translation>KV 缓存</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/inference/form.py" line="140"/>
        <source>Batch</source>
        <translation>批大小</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/inference/form.py" line="141"/>
        <source>Devices</source>
        <translation>设备数</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/inference/form.py" line="142"/>
        <source>out</source>
        <translation>输出</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/inference/form.py" line="143"/>
        <source>sorted by</source>
        <translation>排序方式</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/inference/form.py" line="148"/>
        <source>A preset (shapes from the model cards) or a parameter count such as 70B</source>
        <translation>预设模型（结构取自模型卡）或参数量，如 70B</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/inference/form.py" line="154"/>
        <source>Use selected</source>
        <translation>使用所选</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/inference/form.py" line="155"/>
        <source>Model and hardware</source>
        <translation>模型与硬件</translation>
    </message>
</context>
<context>
    <name>InferencePanel</name>
    <message>
        <location filename="../../gpucompare/ui/pages/inference/texts.py" line="13"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/inference/texts.py" line="14"/>
        <source>Shape (custom model)</source>
        <translation>结构参数（自定义模型）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/inference/texts.py" line="15"/>
        <source>Experts (custom model)</source>
        <translation>专家（自定义模型）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/inference/texts.py" line="16"/>
        <location filename="../../gpucompare/ui/pages/inference/labels.py" line="97"/>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/inference/texts.py" line="17"/>
        <location filename="../../gpucompare/ui/pages/inference/labels.py" line="15"/>
        <source>Weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/inference/texts.py" line="18"/>
        <source>Context (tokens)</source>
        <translation>上下文长度（词元）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/inference/texts.py" line="19"/>
        <source>Tokens in per request</source>
        <translation>每个请求的输入 token</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/inference/texts.py" line="20"/>
        <source>Latency targets (ms)</source>
        <translation>延迟目标（毫秒）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/inference/texts.py" line="21"/>
        <source>Engine</source>
        <translation>推理引擎</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/inference/texts.py" line="22"/>
        <source>Ranking: at most devices</source>
        <translation>排名：最多设备数</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/inference/texts.py" line="39"/>
        <source>time to first token: none</source>
        <translation>首词延迟：无</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/inference/texts.py" line="40"/>
        <source>per output token: none</source>
        <translation>每输出词元：无</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/inference/labels.py" line="16"/>
        <source>KV cache</source>
        <translation>KV 缓存</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/inference/labels.py" line="99"/>
        <source>Batch</source>
        <translation>批大小</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/inference/labels.py" line="98"/>
        <source>Devices</source>
        <translation>设备数</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/inference/texts.py" line="29"/>
        <source>layers</source>
        <translation>层数</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/inference/texts.py" line="30"/>
        <source>hidden</source>
        <translation>隐藏维度</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/inference/texts.py" line="31"/>
        <source>heads</source>
        <translation>头数</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/inference/texts.py" line="32"/>
        <source>KV heads</source>
        <translation>KV 头数</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/inference/texts.py" line="33"/>
        <source>active params, e.g. 13B</source>
        <translation>激活参数，如 13B</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/inference/texts.py" line="34"/>
        <source>experts</source>
        <translation>专家数</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/inference/texts.py" line="35"/>
        <source>per token</source>
        <translation>每 token 专家数</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/inference/texts.py" line="36"/>
        <source>none: steady decode</source>
        <translation>无：稳态解码</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/inference/texts.py" line="37"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/inference/texts.py" line="38"/>
        <source>model default</source>
        <translation>模型默认</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/inference/panel.py" line="60"/>
        <source>Result (upper bounds, not forecasts)</source>
        <translation>结果（理论上限，非预测值）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/inference/panel.py" line="61"/>
        <source>Which filtered devices can serve it</source>
        <translation>筛选出的设备中哪些能部署该模型</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/inference/panel.py" line="62"/>
        <source>Explain…</source>
        <translation>说明…</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/inference/panel.py" line="86"/>
        <source>choose a device</source>
        <translation>请选择设备</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/inference/labels.py" line="123"/>
        <source>Bound by</source>
        <translation>受限于</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/inference/labels.py" line="102"/>
        <source>Memory used (GB)</source>
        <translation>显存占用 (GB)</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/inference/labels.py" line="106"/>
        <source>Largest batch</source>
        <translation>最大批大小</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/inference/labels.py" line="110"/>
        <source>Decode ≤ tok/s/seq</source>
        <translation>解码 ≤ 词元/秒/序列</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/inference/labels.py" line="115"/>
        <source>Prefill ≤ tok/s</source>
        <translation>预填充 ≤ 词元/秒</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/inference/labels.py" line="120"/>
        <source>Requests ≤ /s</source>
        <translation>请求数 ≤ /秒</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/inference/labels.py" line="126"/>
        <source>≥ {c} per 1M tokens</source>
        <translation>≥ {c}/百万词元</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/inference/panel.py" line="116"/>
        <source>How the result is computed</source>
        <translation>结果的计算方法</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/inference/labels.py" line="17"/>
        <source>Overhead allowance</source>
        <translation>额外开销预留</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/inference/labels.py" line="18"/>
        <source>Total memory</source>
        <translation>显存总需求</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/inference/labels.py" line="19"/>
        <source>Minimum devices</source>
        <translation>最少设备数</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/inference/labels.py" line="20"/>
        <source>Largest batch at this context</source>
        <translation>当前上下文长度下的最大批大小</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/inference/labels.py" line="21"/>
        <source>Largest context at this batch</source>
        <translation>当前批大小下的最大上下文长度</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/inference/labels.py" line="24"/>
        <source>Decode bound per sequence</source>
        <translation>单序列解码上限</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/inference/labels.py" line="27"/>
        <source>Decode bound, all sequences</source>
        <translation>全部序列解码上限</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/inference/labels.py" line="30"/>
        <source>Batch where decode turns compute-bound</source>
        <translation>解码转为计算受限的批量</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/inference/labels.py" line="33"/>
        <source>Largest batch meeting the targets</source>
        <translation>满足目标的最大批大小</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/inference/labels.py" line="36"/>
        <source>Prefill bound</source>
        <translation>预填充上限</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/inference/labels.py" line="37"/>
        <source>Time to first token, at least</source>
        <translation>首 token 时间，至少</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/inference/labels.py" line="38"/>
        <source>Time per output token, at least</source>
        <translation>每个输出 token 时间，至少</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/inference/labels.py" line="39"/>
        <source>Requests per second, at most</source>
        <translation>每秒请求数，至多</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/inference/labels.py" line="42"/>
        <source>Cost per million generated tokens</source>
        <translation>每百万生成词元成本</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/inference/labels.py" line="45"/>
        <source>Cost per million input tokens</source>
        <translation>每百万输入 token 成本</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/inference/labels.py" line="48"/>
        <source>Cost per million output tokens</source>
        <translation>每百万输出 token 成本</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/inference/labels.py" line="57"/>
        <source>memory bandwidth</source>
        <translation>内存带宽</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/inference/labels.py" line="58"/>
        <source>compute</source>
        <translation>算力</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/inference/labels.py" line="65"/>
        <source>memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/inference/labels.py" line="66"/>
        <source>time to first token</source>
        <translation>首词延迟</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/inference/labels.py" line="67"/>
        <source>time per output token</source>
        <translation>每输出词元延迟</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/inference/labels.py" line="68"/>
        <source>request time: TTFT + (output − 1) × TPOT</source>
        <translation>请求时长：TTFT + (输出 − 1) × TPOT</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/inference/labels.py" line="77"/>
        <source>cheapest per token</source>
        <translation>每 token 最便宜</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/inference/labels.py" line="78"/>
        <source>most tokens/s</source>
        <translation>每秒 token 最多</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/inference/labels.py" line="79"/>
        <source>fewest devices</source>
        <translation>设备最少</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/inference/labels.py" line="85"/>
        <source>16-bit (FP16 with FP16 weights, else BF16)</source>
        <translation>16 位（FP16 权重时为 FP16，否则 BF16）</translation>
    </message>
</context>
<context>
    <name>InferenceRanking</name>
    <message>
        <location filename="../../gpucompare/ui/pages/inference/ranking.py" line="25"/>
        <source>Export ranking CSV…</source>
        <translation>导出排名 CSV…</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/inference/ranking.py" line="26"/>
        <source>Chart:</source>
        <translation>图表：</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/inference/ranking.py" line="27"/>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/inference/ranking.py" line="27"/>
        <source>Why it cannot</source>
        <translation>无法部署的原因</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/inference/ranking.py" line="33"/>
        <source>Cost per 1M tokens ({c})</source>
        <translation>每百万词元成本 ({c})</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/inference/ranking.py" line="36"/>
        <source>Devices needed</source>
        <translation>所需设备数</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/inference/ranking.py" line="37"/>
        <source>Memory used (GB)</source>
        <translation>显存占用 (GB)</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/inference/ranking.py" line="44"/>
        <source>No ranking while an input is invalid: correct the field marked in red.</source>
        <translation>输入有误，暂无排名：请更正标红的字段。</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/inference/ranking.py" line="46"/>
        <location filename="../../gpucompare/ui/pages/inference/ranking.py" line="71"/>
        <source>Chart</source>
        <translation>图表</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/inference/ranking.py" line="46"/>
        <location filename="../../gpucompare/ui/pages/inference/ranking.py" line="71"/>
        <source>Cannot serve ({n})</source>
        <translation>无法部署（{n}）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/inference/ranking.py" line="61"/>
        <source>No filtered device can serve it: the “Cannot serve” tab says why.</source>
        <translation>筛选出的设备都无法部署：原因见“无法部署”标签页。</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/inference/ranking.py" line="63"/>
        <source>No devices match the filters</source>
        <translation>没有符合筛选条件的设备</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/inference/ranking.py" line="67"/>
        <source>{n} of {total} filtered devices cannot serve it:</source>
        <translation>筛选出的 {total} 个设备中有 {n} 个无法部署该模型：</translation>
    </message>
</context>
<context>
    <name>InferenceResultText</name>
    <message>
        <location filename="../../gpucompare/ui/pages/inference/results.py" line="35"/>
        <source>Devices</source>
        <translation>设备数</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/inference/results.py" line="38"/>
        <source>Memory available</source>
        <translation>可用显存</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/inference/results.py" line="44"/>
        <source>tokens</source>
        <translation>个 token</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/inference/results.py" line="44"/>
        <source>tokens/s</source>
        <translation>词元/秒</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/inference/results.py" line="66"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/inference/results.py" line="66"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/inference/results.py" line="67"/>
        <source>Fits</source>
        <translation>可容纳</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/inference/results.py" line="69"/>
        <source>The larger of memory time (bytes / bandwidth) and compute time</source>
        <translation>内存时间（字节数 / 带宽）与计算时间中较大者</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/inference/results.py" line="70"/>
        <source>Bound by</source>
        <translation>受限于</translation>
    </message>
</context>
<context>
    <name>LayoutPage</name>
    <message>
        <location filename="../../gpucompare/ui/pages/training/layout_page.py" line="68"/>
        <source>Layout (TP×PP×DP)</source>
        <translation>并行布局（TP×PP×DP）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/layout_page.py" line="69"/>
        <source>Network between nodes</source>
        <translation>节点间网络</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/layout_page.py" line="70"/>
        <source>Devices per node</source>
        <translation>每节点设备数</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/layout_page.py" line="71"/>
        <source>Global batch (tokens)</source>
        <translation>全局批大小（token）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/layout_page.py" line="76"/>
        <source>auto: the fastest that fits; or pin, e.g. 8x4x16</source>
        <translation>自动：放得下的最快布局；或指定，如 8x4x16</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/layout_page.py" line="78"/>
        <source>default 8</source>
        <translation>默认 8</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/layout_page.py" line="80"/>
        <source>default 4M, one sequence per node at least</source>
        <translation>默认 4M，且每节点至少一条序列</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/layout_page.py" line="90"/>
        <source>Tensor parallelism stays within a node, over the device&apos;s own link (PCIe where the catalog has none); data parallelism crosses the network. The result shows the layout chosen and what communication and the pipeline bubble cost.</source>
        <translation>张量并行限于节点内，使用设备自身的互连（目录中没有互连数据时按 PCIe 计）；数据并行跨越网络。结果会显示所选布局，以及通信和流水线气泡的开销。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gpucompare/ui/main_window.py" line="191"/>
        <source>gpucompare — AI accelerator comparison</source>
        <translation>gpucompare — AI 加速器对比</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/main_window.py" line="192"/>
        <source>Scatter</source>
        <translation>散点图</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/main_window.py" line="193"/>
        <source>Ranking</source>
        <translation>排名</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/main_window.py" line="194"/>
        <source>Trend</source>
        <translation>趋势</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/main_window.py" line="195"/>
        <source>Compare</source>
        <translation>对比</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/main_window.py" line="196"/>
        <source>Compare hardware</source>
        <translation>硬件对比</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/main_window.py" line="197"/>
        <source>Training cost</source>
        <translation>训练成本</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/main_window.py" line="198"/>
        <source>Inference</source>
        <translation>推理</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/main_window.py" line="199"/>
        <source>Filters</source>
        <translation>筛选</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/main_window.py" line="200"/>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/widgets/main_menus.py" line="126"/>
        <source> Precision (dense): </source>
        <translation> 精度（稠密）： </translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/widgets/main_menus.py" line="129"/>
        <source>Every FLOPS column, metric and chart uses the dense peak at this precision.</source>
        <translation>所有 FLOPS 列、指标和图表均使用该精度下的稠密峰值算力。</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/widgets/main_menus.py" line="134"/>
        <source> Currency: </source>
        <translation> 货币： </translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/widgets/main_menus.py" line="135"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/widgets/main_menus.py" line="136"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/widgets/main_menus.py" line="138"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/widgets/main_menus.py" line="139"/>
        <source>&amp;Open catalog file…</source>
        <translation>打开设备目录文件(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/widgets/main_menus.py" line="141"/>
        <source>&amp;Remove my catalog files</source>
        <translation>移除我的设备目录文件(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/widgets/main_menus.py" line="144"/>
        <source>&amp;Export table as CSV…</source>
        <translation>将表格导出为 CSV(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/widgets/main_menus.py" line="147"/>
        <source>Export chart as &amp;PNG…</source>
        <translation>将图表导出为 PNG(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/widgets/main_menus.py" line="150"/>
        <source>Export chart as &amp;SVG…</source>
        <translation>将图表导出为 SVG(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/widgets/main_menus.py" line="153"/>
        <source>Export &amp;comparison as CSV…</source>
        <translation>将对比结果导出为 CSV(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/widgets/main_menus.py" line="156"/>
        <source>CSV for E&amp;xcel (UTF-8 with BOM)</source>
        <translation>适用于 Excel 的 CSV（UTF-8 带 BOM）(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/widgets/main_menus.py" line="158"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/widgets/main_menus.py" line="159"/>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/widgets/main_menus.py" line="160"/>
        <source>Co&amp;mpare selected</source>
        <translation>对比所选(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/widgets/main_menus.py" line="162"/>
        <source>&amp;Reset filters</source>
        <translation>重置筛选(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/widgets/main_menus.py" line="164"/>
        <source>&amp;About gpucompare</source>
        <translation>关于 gpucompare(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/main_window.py" line="214"/>
        <source>Showing {shown} of {total} devices</source>
        <translation>显示 {shown} / {total} 个设备</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/main_window.py" line="217"/>
        <source>{n} selected</source>
        <translation>已选 {n} 个</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/main_window.py" line="219"/>
        <source>{n} user file(s) merged</source>
        <translation>已合并 {n} 个用户文件</translation>
    </message>
</context>
<context>
    <name>Message</name>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="20"/>
        <source>choose {min_devices} to {max_devices} devices to compare, not {value}</source>
        <translation>请选择 {min_devices} 到 {max_devices} 个设备进行比较，而不是 {value} 个</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="23"/>
        <source>not in the catalog: {value}</source>
        <translation>不在目录中：{value}</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="24"/>
        <source>{baseline} is not one of the compared devices</source>
        <translation>{baseline} 不是被比较的设备之一</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="25"/>
        <source>no catalog CSV files found</source>
        <translation>未找到目录 CSV 文件</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="26"/>
        <source>duplicate id (also in {file})</source>
        <translation>id 重复（{file} 中也有）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="27"/>
        <source>choose one of {value}, got {purchase}</source>
        <translation>请选择 {value} 之一，而不是 {purchase}</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="28"/>
        <source>choose cheapest, median or provider:NAME (e.g. provider:AWS), got {cloud}</source>
        <translation>请选择 cheapest、median 或 provider:名称（如 provider:AWS），而不是 {cloud}</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="31"/>
        <source>every price needs the id of its device</source>
        <translation>每条价格都需要其设备的 id</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="32"/>
        <source>must be an ISO 4217 currency code such as USD, CNY or EUR</source>
        <translation>必须是 ISO 4217 货币代码，如 USD、CNY 或 EUR</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="33"/>
        <source>a cloud price needs its provider</source>
        <translation>云价格需要注明提供商</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="34"/>
        <source>an instance price needs the instance name and its instance_devices</source>
        <translation>实例价格需要实例名称及其 instance_devices</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="37"/>
        <source>must be a date like 2024-03-18, 2024-03 or 2024</source>
        <translation>必须是日期，例如 2024-03-18、2024-03 或 2024</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="38"/>
        <source>every price needs the http(s) page that states it</source>
        <translation>每条价格都需要给出它的 http(s) 网页</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="39"/>
        <source>required column is missing</source>
        <translation>缺少必需的列</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="40"/>
        <source>must be a device id: lower-case letters, digits and hyphens</source>
        <translation>必须是设备 id：小写字母、数字和连字符</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="41"/>
        <source>a purchase price is per device</source>
        <translation>购买价格按每台设备计</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="42"/>
        <source>must be the devices in the instance, above 0 and up to {limit} (0.5 for half a device)</source>
        <translation>必须是实例中的设备数，大于 0 且不超过 {limit}（半台设备写 0.5）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="46"/>
        <source>the year must be between 1990 and 2100</source>
        <translation>年份必须在 1990 到 2100 之间</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="47"/>
        <source>sources must be http:// or https:// addresses, separated by spaces</source>
        <translation>来源必须是 http:// 或 https:// 地址，以空格分隔</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="50"/>
        <source>amount_low is above amount_high</source>
        <translation>amount_low 高于 amount_high</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="51"/>
        <source>the CSV cannot be read: {error}</source>
        <translation>无法读取该 CSV：{error}</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="52"/>
        <source>... and {count} more problems</source>
        <translation>……另有 {count} 个问题</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="53"/>
        <source>column appears twice in the header</source>
        <translation>该列在表头中出现了两次</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="54"/>
        <source>a cloud price is per device_hour or per instance_hour</source>
        <translation>云价格按 device_hour 或 instance_hour 计</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="55"/>
        <source>must be a number</source>
        <translation>必须是数字</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="56"/>
        <source>amount lies outside amount_low–amount_high</source>
        <translation>amount 不在 amount_low–amount_high 范围内</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="57"/>
        <source>file is empty; expected a CSV header line</source>
        <translation>文件为空；应以 CSV 表头行开始</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="58"/>
        <source>expected {expected} cells, found {found}</source>
        <translation>应有 {expected} 个单元格，实际为 {found} 个</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="59"/>
        <source>no device has this id; did you mean {name}?</source>
        <translation>没有设备使用此 id；您是指 {name} 吗？</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="60"/>
        <source>no device has this id</source>
        <translation>没有设备使用此 id</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="61"/>
        <source>every price needs an amount</source>
        <translation>每条价格都需要金额</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="62"/>
        <source>must be positive</source>
        <translation>必须为正数</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="63"/>
        <source>implausibly large (over {limit})</source>
        <translation>大得不合理（超过 {limit}）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="64"/>
        <source>not valid UTF-8 at character {column} (byte 0x{byte}).{hint} Save the file as UTF-8 CSV.</source>
        <translation>第 {column} 个字符处不是有效的 UTF-8（字节 0x{byte}）。{hint}请将文件另存为 UTF-8 CSV。</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="68"/>
        <source> It looks GBK/GB18030-encoded (common for Chinese Excel files).</source>
        <translation>它看起来是 GBK/GB18030 编码（中文 Excel 文件常见）。</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="69"/>
        <source>file is UTF-16/UTF-32 encoded (it starts with that BOM); save it as UTF-8 CSV</source>
        <translation>文件为 UTF-16/UTF-32 编码（以对应的 BOM 开头）；请另存为 UTF-8 CSV</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="72"/>
        <source>file contains NUL bytes: it looks binary, not a CSV text file</source>
        <translation>文件含有 NUL 字节：看起来是二进制文件，而不是 CSV 文本文件</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="73"/>
        <source>file is {size} bytes; the limit is {limit} bytes</source>
        <translation>文件大小为 {size} 字节；上限为 {limit} 字节</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="74"/>
        <source>is a folder, not a CSV file</source>
        <translation>这是文件夹，不是 CSV 文件</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="75"/>
        <source>no such file</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="76"/>
        <source>permission denied: the file cannot be read</source>
        <translation>权限不足：无法读取该文件</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="77"/>
        <source>cannot be read: {error}</source>
        <translation>无法读取：{error}</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="78"/>
        <source>not a readable CSV file: {error}</source>
        <translation>不是可读取的 CSV 文件：{error}</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="79"/>
        <source>not a number (write plain digits, e.g. 80 or 3350.5)</source>
        <translation>不是数字（请只写数字，例如 80 或 3350.5）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="80"/>
        <source>NaN or infinity is not allowed; leave the cell empty if unknown</source>
        <translation>不允许 NaN 或无穷大；未知时请留空</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="81"/>
        <source>must be yes or no (or empty if unknown)</source>
        <translation>必须为 yes 或 no（未知时留空）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="82"/>
        <source>every source must be an http:// or https:// URL (separate several with spaces)</source>
        <translation>每个来源都必须是 http:// 或 https:// 网址（多个来源用空格分隔）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="85"/>
        <source>every row needs an id</source>
        <translation>每一行都需要 ID</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="86"/>
        <source>every row needs at least one http(s) source for its values</source>
        <translation>每一行都需要至少一个 http(s) 来源，用以支撑其数值</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="87"/>
        <source>row has {saw} cells but the header has {expected} (an unquoted comma in a value? quote cells that contain commas)</source>
        <translation>该行有 {saw} 个单元格，但表头有 {expected} 个（值中有未加引号的逗号？请给含逗号的单元格加引号）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="91"/>
        <source>a quoted cell is never closed (unbalanced &quot; quote)</source>
        <translation>有带引号的单元格没有闭合（&quot; 引号不成对）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="92"/>
        <source>an id is lower-case letters, digits, dots and hyphens, e.g. nvidia-h100-sxm5-80gb</source>
        <translation>ID 只能由小写字母、数字、点和连字符组成，例如 nvidia-h100-sxm5-80gb</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="96"/>
        <source>must not be negative</source>
        <translation>不能为负数</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="97"/>
        <source>must be a whole number</source>
        <translation>必须是整数</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="98"/>
        <source>a new device needs a {column}</source>
        <translation>新设备需要填写 {column}</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="99"/>
        <source>file has no header line</source>
        <translation>文件没有表头行</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="100"/>
        <source>the header has an empty column name</source>
        <translation>表头中有空的列名</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="101"/>
        <source>implausible: below {minimum}</source>
        <translation>不合理：低于 {minimum}</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="102"/>
        <source>implausible for one device: over {maximum}{unit}</source>
        <translation>对单台设备不合理：超过 {maximum}{unit}</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="103"/>
        <source>did you mean {name}? </source>
        <translation>您是指 {name} 吗？</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="104"/>
        <source>not a column that can be &apos;not published&apos; ({hint}a numeric column, memory_type, purchase_price or cloud_price)</source>
        <translation>不是可标为“未公布”的列（{hint}应为数值列、memory_type、purchase_price 或 cloud_price）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="108"/>
        <source>FP8 dense is below FP16 dense on the same device: one of them is wrong (a sparse figure, or a per-board total?)</source>
        <translation>同一设备的 FP8 稠密算力低于 FP16 稠密算力：其中一个有误（是稀疏值，还是整板合计？）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="112"/>
        <source>BF16 and FP16 dense differ by more than {ratio}x on one device: is one of them sparse or vector-only?</source>
        <translation>同一设备的 BF16 与 FP16 稠密算力相差超过 {ratio} 倍：其中之一是稀疏值或仅向量单元的值吗？</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="116"/>
        <source>... and {count} more rows with the same problem ({reason})</source>
        <translation>……另有 {count} 行存在同样的问题（{reason}）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="117"/>
        <source>the file has a header but no device rows</source>
        <translation>文件只有表头，没有设备行</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="118"/>
        <source>duplicate id (first used on line {line})</source>
        <translation>id 重复（首次出现在第 {line} 行）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="119"/>
        <source>a new device needs the {column} column</source>
        <translation>新设备需要 {column} 列</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="120"/>
        <source>the row gives {column} yet lists it as not published</source>
        <translation>该行给出了 {column}，却又将其列为未公布</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="121"/>
        <source>header cannot be read: {error}</source>
        <translation>无法读取表头：{error}</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="122"/>
        <source>the USD rate is always 1</source>
        <translation>美元汇率始终为 1</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="123"/>
        <source>exchange rate must be a positive number, not {per_usd}</source>
        <translation>汇率必须是正数，而不是 {per_usd}</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="124"/>
        <source>unknown currency {code}; choose one of {value}</source>
        <translation>未知货币 {code}；请选择 {value} 之一</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="125"/>
        <source>must be one of {value}, got {name}</source>
        <translation>必须是 {value} 之一，而不是 {name}</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="126"/>
        <source>uses 90% of device memory (gpu_memory_utilization 0.9), tensor parallel, KV cache in blocks of 16 tokens</source>
        <translation>使用 90% 的设备显存（gpu_memory_utilization 0.9），张量并行，KV 缓存按 16 个 token 一块分配</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="130"/>
        <source>uses 79–88% of device memory (mem_fraction_static, lower at larger tensor parallel sizes), tensor parallel, KV cache per token (page size 1)</source>
        <translation>使用 79–88% 的设备显存（mem_fraction_static，张量并行规模越大越低），张量并行，KV 缓存按 token 分配（页大小 1）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="134"/>
        <source>gives the KV cache 90% of the memory the weights leave free (free_gpu_memory_fraction 0.9), tensor parallel, KV blocks of 64 tokens</source>
        <translation>把权重剩余显存的 90% 分给 KV 缓存（free_gpu_memory_fraction 0.9），张量并行，KV 块为 64 个 token</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="138"/>
        <source>fills device memory (no reserve; its compute buffers are not counted), splits layers across devices (--split-mode layer) so one device works at a time, context padded to 256 tokens</source>
        <translation>占满设备显存（不预留；其计算缓冲区未计入），按层拆分到各设备（--split-mode layer），因此同一时间只有一台设备工作，上下文补齐到 256 个 token</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="142"/>
        <source>must be a whole number, got {text}</source>
        <translation>必须是整数，而不是 {text}</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="143"/>
        <source>layers, hidden size, heads and experts describe a custom model: give the model as a parameter count such as 70B</source>
        <translation>层数、隐藏维度、注意力头数和专家数用于描述自定义模型：请以参数量（如 70B）给出模型</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="147"/>
        <source>must be at least 1, got {max_count}</source>
        <translation>必须至少为 1，而不是 {max_count}</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="148"/>
        <source>must be a whole number, got {value}</source>
        <translation>必须是整数，而不是 {value}</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="149"/>
        <source>must be between 1 and {high}, got {value}</source>
        <translation>必须在 1 到 {high} 之间，而不是 {value}</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="150"/>
        <source>must be a model preset or custom model, got {model}</source>
        <translation>必须是模型预设或自定义模型，而不是 {model}</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="151"/>
        <source>{name} supports at most {limit} input + output tokens, got {held}</source>
        <translation>{name} 最多支持 {limit} 个输入 + 输出 token，而这里是 {held} 个</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="154"/>
        <source>{name} supports at most {limit} tokens, got {held}</source>
        <translation>{name} 最多支持 {limit} 个 token，而这里是 {held} 个</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="155"/>
        <source>; did you mean {names}?</source>
        <translation>；您是指 {names} 吗？</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="156"/>
        <source>no device with id {device_id}{hint}</source>
        <translation>没有 id 为 {device_id} 的设备{hint}</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="157"/>
        <source>at least {n} devices are needed</source>
        <translation>至少需要 {n} 台设备</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="158"/>
        <source>no device count holds it (its replicated KV cache alone outgrows each device)</source>
        <translation>任何设备数量都放不下（仅其复制的 KV 缓存就超出了每台设备）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="161"/>
        <source>Does not fit: needs {total} GB (weights, KV cache and overhead) but {devices} × {memory} GiB = {capacity} GB is available; {needed}. No throughput bound is given.</source>
        <translation>放不下：需要 {total} GB（权重、KV 缓存和开销），但可用的只有 {devices} × {memory} GiB = {capacity} GB；{needed}。不给出吞吐上限。</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="165"/>
        <source>{engine}: {rule} ({source}). Device memory is read as GiB (2³⁰ bytes), as vendors&apos; &quot;GB&quot; of HBM and GDDR are.</source>
        <translation>{engine}：{rule}（{source}）。设备显存按 GiB（2³⁰ 字节）计，厂商所说 HBM 和 GDDR 的“GB”即是如此。</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="169"/>
        <source>{gap}; no decode bound, and the prefill bound is its compute term alone.</source>
        <translation>{gap}；无解码上限，预填充上限只按算力计算。</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="172"/>
        <source>{gap}; cannot tell whether it fits, and the throughput bounds are those of a model that fits.</source>
        <translation>{gap}；无法判断是否放得下，吞吐上限按放得下的情况给出。</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="176"/>
        <source>no memory-bandwidth figure</source>
        <translation>没有显存带宽数据</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="177"/>
        <source>KV cache not modelled: the model&apos;s layers and heads are unknown (give layers, hidden size and heads). Memory counts weights and overhead only, so the real need is larger.</source>
        <translation>未建模 KV 缓存：模型的层数和注意力头数未知（请给出层数、隐藏维度和头数）。显存只计入权重和开销，实际需求更大。</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="181"/>
        <source>Mixture of experts: all {params}B parameters are held in memory and a token uses {active}B. At batch {batch} each layer touches about {experts} × (1 − (1 − {chosen}/{experts})^{batch}) = {touched} of its {experts} experts (if tokens route evenly), so a decode step reads {read} GB of weights.</source>
        <translation>混合专家：全部 {params}B 参数都驻留在显存中，每个 token 使用 {active}B。批大小为 {batch} 时，每层约访问 {experts} × (1 − (1 − {chosen}/{experts})^{batch}) = {touched} 个专家（共 {experts} 个，假设 token 均匀路由），因此每个解码步读取 {read} GB 权重。</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="185"/>
        <source>Multi-head latent attention: the KV cache holds {latent} latent elements per token per layer, far less than the grouped-query formula 2 × KV heads × head size would give.</source>
        <translation>多头潜在注意力：KV 缓存每个 token 每层保存 {latent} 个潜在元素，远少于分组查询公式 2 × KV 头数 × 头维度给出的值。</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="189"/>
        <source>Sliding-window attention: a sequence caches and attends to at most {window} tokens.</source>
        <translation>滑动窗口注意力：一个序列最多缓存并关注 {window} 个 token。</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="193"/>
        <source>Layers split over {devices} devices: one works at a time, so decode and prefill are bounded by one device&apos;s bandwidth and peak.</source>
        <translation>各层拆分到 {devices} 台设备：同一时间只有一台工作，因此解码和预填充受单台设备的带宽和峰值限制。</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="197"/>
        <source>The catalog has no dense peak at any precision {weights} can compute in ({choices}) for this device: no prefill bound, and decode is bounded by memory bandwidth alone.</source>
        <translation>目录中没有该设备在 {weights} 可用的任何计算精度（{choices}）下的稠密峰值：无预填充上限，解码仅受显存带宽限制。</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="201"/>
        <source>{weights} weights ({bits} bits per weight with scales) are always weight-only: they are dequantised to {compute} for compute, so compute bounds use the {compute} peak.</source>
        <translation>{weights} 权重（含缩放因子每个权重 {bits} 位）始终只量化权重：计算时反量化为 {compute}，因此计算上限使用 {compute} 峰值。</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="205"/>
        <source>{weights} weights run weight-only on this device (dequantised to {compute}, its fastest path for them), so compute bounds use the {compute} peak. Memory and decode still gain from the smaller weights.</source>
        <translation>{weights} 权重在该设备上以仅权重量化方式运行（反量化为 {compute}，这是它处理这种权重的最快路径），因此计算上限使用 {compute} 峰值。显存和解码仍受益于更小的权重。</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="209"/>
        <source>{weights} weights compute at {compute} on this device (its fastest path for them): compute bounds use its {compute} peak.</source>
        <translation>{weights} 权重在该设备上以 {compute} 计算（这是它处理这种权重的最快路径）：计算上限使用其 {compute} 峰值。</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="213"/>
        <source>The catalog has no cloud price for this device: no cost per token.</source>
        <translation>目录中没有该设备的云价格：无每 token 成本。</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="216"/>
        <source>Cost per million tokens is a bound, not a forecast: it assumes every step runs at its roofline bound with every device busy.</source>
        <translation>每百万 token 成本是一个界限，而非预测：它假设每一步都以屋顶线上限运行，且每台设备都满负荷。</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="220"/>
        <source>Mixture of experts: all {params}B parameters are held in memory, but a token uses {active}B. Without the expert count and experts per token, decode counts only those; at batches above 1 sequences route to different experts and read more weights, so the decode bound is optimistic.</source>
        <translation>混合专家：全部 {params}B 参数都驻留在显存中，但每个 token 只使用 {active}B。没有专家数和每 token 专家数时，解码只计入这些参数；批大小大于 1 时，各序列路由到不同专家并读取更多权重，因此解码上限偏乐观。</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="224"/>
        <source>The latent is one head: each of the {devices} tensor-parallel devices holds all of it, so the KV cache is stored {devices} times.</source>
        <translation>潜在向量只有一个头：{devices} 台张量并行设备各保存一份完整副本，因此 KV 缓存被存储 {devices} 次。</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="228"/>
        <source>The {heads} KV heads do not split evenly over {devices} devices: each device holds ceil(KV heads / devices) of them, so some are replicated and the KV cache takes more memory in total.</source>
        <translation>{heads} 个 KV 头无法均分到 {devices} 台设备：每台设备保存 ceil(KV 头数 / 设备数) 个，因此部分头被复制，KV 缓存总共占用更多显存。</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="232"/>
        <source>Tensor parallel over {devices} devices: the bounds assume weights and KV cache split evenly and ignore communication between the devices.</source>
        <translation>在 {devices} 台设备上张量并行：这些上限假设权重和 KV 缓存均匀拆分，并忽略设备间通信。</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="236"/>
        <source>Input and output prices each cost their phase run on its own; the cost per generated token lets prefill and decode overlap (chunked prefill), so it can be less than their sum.</source>
        <translation>输入价格和输出价格分别按各自阶段单独运行计价；每生成 token 成本允许预填充和解码重叠（分块预填充），因此可能低于两者之和。</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="240"/>
        <source>must be one of {choices}, got {value}</source>
        <translation>必须是 {choices} 之一，而不是 {value}</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="241"/>
        <source>must be a whole number of at least 1, got {max_devices}</source>
        <translation>必须是不小于 1 的整数，而不是 {max_devices}</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="242"/>
        <source>must be one of {value}, got {sort}</source>
        <translation>必须是 {value} 之一，而不是 {sort}</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="243"/>
        <source>unknown column</source>
        <translation>未知的列</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="244"/>
        <source>must be one of {choices}</source>
        <translation>必须是 {choices} 之一</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="245"/>
        <source>unknown column; did you mean {name}?</source>
        <translation>未知列；您是指 {name} 吗？</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="246"/>
        <source>{where}: {key} must be a whole number, got {value}</source>
        <translation>{where}：{key} 必须是整数，而不是 {value}</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="247"/>
        <source>{where}: no {key}, needed to count parameters</source>
        <translation>{where}：缺少 {key}，计算参数量需要它</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="248"/>
        <source>{file}: expected a JSON object, got {name}</source>
        <translation>{file}：应为 JSON 对象，实际为 {name}</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="249"/>
        <source>{where}: {key} must be a positive whole number, got {value}</source>
        <translation>{where}：{key} 必须是正整数，而不是 {value}</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="250"/>
        <source>{file}: no such file</source>
        <translation>{file}：文件不存在</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="251"/>
        <source>{file}: cannot read it ({error})</source>
        <translation>{file}：无法读取（{error}）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="252"/>
        <source>{file}, line {lineno}: not valid JSON ({msg})</source>
        <translation>{file}，第 {lineno} 行：不是有效的 JSON（{msg}）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="253"/>
        <source>{where}: no {key}; is this a transformer config.json?</source>
        <translation>{where}：缺少 {key}；这是 Transformer 的 config.json 吗？</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="254"/>
        <source>no preset {key}{hint} (known: {value})</source>
        <translation>没有预设 {key}{hint}（已知：{value}）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="255"/>
        <source>give heads (with layers and hidden size) with KV heads</source>
        <translation>给出 KV 头数时请同时给出注意力头数（以及层数和隐藏维度）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="256"/>
        <source>must be a number, got {value}</source>
        <translation>必须是数字，而不是 {value}</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="257"/>
        <source>must be between {low} and {high}, got {value}</source>
        <translation>必须在 {low} 到 {high} 之间，而不是 {value}</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="258"/>
        <source>cannot exceed the experts ({experts}), got {experts_per_token}</source>
        <translation>不能超过专家数（{experts}），而这里是 {experts_per_token}</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="259"/>
        <source>give the expert count with the experts per token</source>
        <translation>给出每 token 专家数时请同时给出专家数</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="260"/>
        <source>a mixture of experts needs fewer active parameters than total parameters and fewer experts per token than experts</source>
        <translation>混合专家模型的激活参数必须少于总参数，每 token 专家数必须少于专家数</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="264"/>
        <source>must divide the hidden size ({hidden}) evenly, got {heads}</source>
        <translation>必须能整除隐藏维度（{hidden}），而这里是 {heads}</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="265"/>
        <source>cannot exceed the attention heads ({attention_heads}), got {kv_heads}</source>
        <translation>不能超过注意力头数（{attention_heads}），而这里是 {kv_heads}</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="268"/>
        <source>must divide the attention heads ({attention_heads}) evenly, got {kv_heads}</source>
        <translation>必须能整除注意力头数（{attention_heads}），而这里是 {kv_heads}</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="271"/>
        <source>layers, hidden size and heads go together: give all three</source>
        <translation>层数、隐藏维度和头数需一起给出：请三者都填写</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="272"/>
        <source>70B, 1.3T, 7e9 or 7,000,000</source>
        <translation>70B、1.3T、7e9 或 7,000,000</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="273"/>
        <source>expected text such as {examples}, got {text}</source>
        <translation>应为 {examples} 这样的文本，而不是 {text}</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="274"/>
        <source>is empty; enter a number such as {examples}</source>
        <translation>为空；请输入 {examples} 这样的数字</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="275"/>
        <source>{text} is not a number; enter one such as {examples}</source>
        <translation>{text} 不是数字；请输入 {examples} 这样的数字</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="276"/>
        <source>must be positive, got {stripped}; enter a number such as {examples}</source>
        <translation>必须为正数，而不是 {stripped}；请输入 {examples} 这样的数字</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="279"/>
        <source>{stripped} is too large; enter a number such as {examples}</source>
        <translation>{stripped} 太大；请输入 {examples} 这样的数字</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="280"/>
        <source>must be greater than zero, got {stripped}; enter a number such as {examples}</source>
        <translation>必须大于零，而不是 {stripped}；请输入 {examples} 这样的数字</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="283"/>
        <source>written by a newer gpucompare (scenario version {version}, this one reads {reads}); settings it does not know are listed here and not restored</source>
        <translation>由更新版本的 gpucompare 写入（场景版本 {version}，本版本读取 {reads}）；它不认识的设置列在这里，不会恢复</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="287"/>
        <source>expected a list, got {value}</source>
        <translation>应为列表，实际为{value}</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="288"/>
        <source>too many files ({count}, at most {max_catalogs})</source>
        <translation>文件过多（{count} 个，最多 {max_catalogs} 个）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="289"/>
        <source>file: larger than {limit} bytes; not a scenario</source>
        <translation>文件：大于 {limit} 字节；不是场景文件</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="290"/>
        <source>file: expected a JSON object, got {value}</source>
        <translation>文件：应为 JSON 对象，实际为{value}</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="291"/>
        <source>format: expected {format}; this is not a scenario file</source>
        <translation>format：应为 {format}；这不是场景文件</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="292"/>
        <source>version: expected a whole number ≥ 1, got {value}</source>
        <translation>version：应为 ≥ 1 的整数，实际为 {value}</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="293"/>
        <source>not known to this version of gpucompare; ignored</source>
        <translation>此版本的 gpucompare 不认识；已忽略</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="294"/>
        <source>{value} is not one of {choices}</source>
        <translation>{value} 不是 {choices} 之一</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="295"/>
        <source>expected an object, got {value}</source>
        <translation>应为对象，实际为{value}</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="296"/>
        <source>expected an object with path and sha256, got {value}</source>
        <translation>应为含 path 和 sha256 的对象，实际为{value}</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="297"/>
        <source>file: {error}</source>
        <translation>文件：{error}</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="298"/>
        <source>file: not UTF-8 text</source>
        <translation>文件：不是 UTF-8 文本</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="299"/>
        <source>file: not valid JSON ({error})</source>
        <translation>文件：不是有效的 JSON（{error}）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="300"/>
        <source>expected 64 lowercase hex digits</source>
        <translation>应为 64 位小写十六进制数字</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="301"/>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="302"/>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="303"/>
        <source>a list</source>
        <translation>列表</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="304"/>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="305"/>
        <source>cannot be restored</source>
        <translation>无法恢复</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="306"/>
        <source>{path}: {message}</source>
        <translation>{path}：{message}</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="307"/>
        <source>expected a number, got {value}</source>
        <translation>应为数字，实际为{value}</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="308"/>
        <source>the number is too large or not finite</source>
        <translation>数字过大或不是有限值</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="309"/>
        <source>the number is too large (at most {max_number})</source>
        <translation>数字过大（最大 {max_number}）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="310"/>
        <source>expected text, got {value}</source>
        <translation>应为文本，实际为{value}</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="311"/>
        <source>the text is too long ({count} characters, at most {max_text})</source>
        <translation>文本过长（{count} 个字符，最多 {max_text} 个）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="312"/>
        <source>expected a list of texts, got {value}</source>
        <translation>应为文本列表，实际为{value}</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="313"/>
        <source>too many entries ({count}, at most {limit})</source>
        <translation>条目过多（{count} 个，最多 {limit} 个）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="314"/>
        <source>expected a list of {count} values, got {value}</source>
        <translation>应为含 {count} 个值的列表，实际为{value}</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="315"/>
        <source>expected {count} values, got {found}</source>
        <translation>应有 {count} 个值，实际为 {found} 个</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="316"/>
        <source>expected true or false, got {value}</source>
        <translation>应为 true 或 false，实际为{value}</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="317"/>
        <source>{value} is not an allowed value</source>
        <translation>{value} 不是允许的值</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="318"/>
        <source>catalogs[{number}].path: file not found: {file}</source>
        <translation>catalogs[{number}].path：找不到文件：{file}</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="319"/>
        <source>catalogs[{number}].path: {file} has changed since the scenario was saved</source>
        <translation>catalogs[{number}].path：{file} 在保存场景后已被修改</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="322"/>
        <source>{label}: not in the catalog, left out: {ids}</source>
        <translation>{label}：不在目录中，已略去：{ids}</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="323"/>
        <source>catalogs: {summary}</source>
        <translation>catalogs：{summary}</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="324"/>
        <source>no {names} or {last} figure</source>
        <translation>没有 {names} 或 {last} 数据</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="325"/>
        <source>give a model preset or a config.json, not both</source>
        <translation>请给出模型预设或 config.json，不要同时给出</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="326"/>
        <source>must be cloud or owned, got {pricing}</source>
        <translation>必须是 cloud 或 owned，而不是 {pricing}</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="327"/>
        <source>{text} is not a number</source>
        <translation>{text} 不是数字</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="328"/>
        <source>must be a whole number of 1 or more (e.g. 8, 512 or 4k), got {value}</source>
        <translation>必须是不小于 1 的整数（如 8、512 或 4k），而不是 {value}</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="331"/>
        <source>{source}: the parameter count of this architecture cannot be worked out from its config; give the parameters</source>
        <translation>{source}：无法从该配置算出此架构的参数量；请给出参数量</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="335"/>
        <source>give the parameters (e.g. 70B) or a model</source>
        <translation>请给出参数量（如 70B）或模型</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="336"/>
        <source>must be a number, got NaN</source>
        <translation>必须是数字，而不是 NaN</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="337"/>
        <source>must be finite, got infinity</source>
        <translation>必须是有限值，而不是无穷大</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="338"/>
        <source> ({what})</source>
        <translation>（{what}）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="339"/>
        <source>must be in ({low}, {high}]{hint}, got {number}</source>
        <translation>必须在 ({low}, {high}] 之内{hint}，而不是 {number}</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="340"/>
        <source>must be in [{low}, {high}]{hint}, got {number}</source>
        <translation>必须在 [{low}, {high}] 之内{hint}，而不是 {number}</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="341"/>
        <source>must be a whole number from {low} to {high}, got {value}</source>
        <translation>必须是 {low} 到 {high} 之间的整数，而不是 {value}</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="342"/>
        <source>fraction of price</source>
        <translation>价格的比例</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="343"/>
        <source>years</source>
        <translation>年</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="344"/>
        <source>fraction of hours in use</source>
        <translation>使用时长的比例</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="345"/>
        <source>per year, e.g. 0.1</source>
        <translation>每年，例如 0.1</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="346"/>
        <source>USD per kW and month</source>
        <translation>美元/千瓦/月</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="347"/>
        <source>fraction of the capital</source>
        <translation>占初始投资的比例</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="348"/>
        <source>fraction of rated power</source>
        <translation>额定功率的比例</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="349"/>
        <source>1 is a perfect facility</source>
        <translation>1 表示理想的机房</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="350"/>
        <source>USD per kWh</source>
        <translation>美元/千瓦时</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="351"/>
        <source>kg CO2 per kWh; coal is about 1</source>
        <translation>千克 CO2/千瓦时；燃煤约为 1</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="352"/>
        <source>unknown optimizer {optimizer}; choose {value}</source>
        <translation>未知优化器 {optimizer}；请选择 {value}</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="353"/>
        <source>unknown sharding {sharding}; choose {value}</source>
        <translation>未知分片方式 {sharding}；请选择 {value}</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="354"/>
        <source>parameters, e.g. 70B</source>
        <translation>参数量，如 70B</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="355"/>
        <source>cannot train in {precision}; choose {known}</source>
        <translation>无法以 {precision} 训练；请选择 {known}</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="356"/>
        <source>fraction of the dense peak, e.g. 0.4 or 40%</source>
        <translation>稠密峰值的比例，如 0.4 或 40%</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="357"/>
        <source>must be cloud or owned pricing, got {pricing}</source>
        <translation>必须是云租用或自有定价，而不是 {pricing}</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="358"/>
        <source>give exactly one of: training tokens, compute-optimal, a FLOPs budget</source>
        <translation>请只给出以下之一：训练 token 数、计算最优、FLOPs 预算</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="361"/>
        <source>{tokens} tokens is more than {max_tokens}</source>
        <translation>{tokens} 个 token 超过了 {max_tokens}</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="362"/>
        <source>give a device count or a target time in days</source>
        <translation>请给出设备数量或以天为单位的目标时间</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="363"/>
        <source>give a device count or a target time in days, not both</source>
        <translation>请给出设备数量或以天为单位的目标时间，不要同时给出</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="364"/>
        <source>MFU {mfu} is above {limit}; the best published large runs reach about 0.55</source>
        <translation>MFU {mfu} 高于 {limit}；已公布的最佳大规模训练约为 0.55</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="367"/>
        <source>{params} parameters is below one million; did you mean {guess}B (write the suffix: 70B, 1.3T)?</source>
        <translation>{params} 个参数不足一百万；您是指 {guess}B 吗（请写上后缀：70B、1.3T）？</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="371"/>
        <source>USD per hour</source>
        <translation>美元/小时</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="372"/>
        <source>USD per device</source>
        <translation>美元/台</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="373"/>
        <source>active parameters per token, at most the total</source>
        <translation>每 token 激活参数，不超过总参数</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="374"/>
        <source>low MFU</source>
        <translation>MFU 下限</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="375"/>
        <source>high MFU</source>
        <translation>MFU 上限</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="376"/>
        <source>low MFU {low} is above high MFU {high}</source>
        <translation>MFU 下限 {low} 高于上限 {high}</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="377"/>
        <source>tokens, e.g. 2T</source>
        <translation>token 数，如 2T</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="378"/>
        <source>FLOPs, e.g. 8.4e23</source>
        <translation>FLOPs，如 8.4e23</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="379"/>
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="380"/>
        <source>AdamW, mixed precision</source>
        <translation>AdamW，混合精度</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="381"/>
        <source>8-bit Adam</source>
        <translation>8 位 Adam</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="382"/>
        <source>SGD with momentum</source>
        <translation>带动量的 SGD</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="383"/>
        <source>no sharding (plain data parallel)</source>
        <translation>不分片（普通数据并行）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="384"/>
        <source>ZeRO-1 (optimizer state sharded)</source>
        <translation>ZeRO-1（分片优化器状态）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="385"/>
        <source>ZeRO-2 (optimizer state and gradients sharded)</source>
        <translation>ZeRO-2（分片优化器状态和梯度）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="386"/>
        <source>ZeRO-3 / FSDP (optimizer state, gradients and weights sharded)</source>
        <translation>ZeRO-3 / FSDP（分片优化器状态、梯度和权重）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="387"/>
        <source>{name} has {missing} in the catalog, so it cannot be priced for training</source>
        <translation>{name} 在目录中{missing}，因此无法为训练计价</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="390"/>
        <source>{name} would need {value} devices, more than {max_devices}; allow more days</source>
        <translation>{name} 需要 {value} 台设备，超过 {max_devices}；请放宽天数</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="393"/>
        <source>at MFU {mfu}: {message}</source>
        <translation>MFU 为 {mfu} 时：{message}</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="394"/>
        <source>unknown preset {key}; give a number or one of {known}</source>
        <translation>未知预设 {key}；请给出数字或 {known} 之一</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="395"/>
        <source>no cloud price in the catalog; give a price per device-hour to see the cost</source>
        <translation>目录中没有云价格；请给出每设备小时价格以查看成本</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="398"/>
        <source>no launch price in the catalog; give a purchase price to see the cost</source>
        <translation>目录中没有发布价格；请给出购买价格以查看成本</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="401"/>
        <source>no power figure in the catalog, so the energy cost and the total are unknown</source>
        <translation>目录中没有功耗数据，因此能耗成本和总成本未知</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="404"/>
        <source>no {precision} figure: priced at {used}, the device&apos;s best training precision</source>
        <translation>没有 {precision} 数据：按 {used}（该设备最佳训练精度）计价</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="407"/>
        <source>FP4 training is unproven: no published pre-training run uses it; the MFU assumes no speed-up over FP8</source>
        <translation>FP4 训练尚未经验证：没有已公布的预训练使用它；MFU 按相对 FP8 无加速计算</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="411"/>
        <source>device count raised to the minimum that fits in memory; the run finishes sooner than the target time</source>
        <translation>设备数量已提高到显存放得下的最小值；训练将早于目标时间完成</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="415"/>
        <source>no memory figure in the catalog: whether it fits was not checked</source>
        <translation>目录中没有显存数据：未检查是否放得下</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="418"/>
        <source>no power figure in the catalog: energy and CO2 are not estimated</source>
        <translation>目录中没有功耗数据：未估算能耗和 CO2</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="421"/>
        <source>{missing}: not published ({columns} in not_published)</source>
        <translation>{missing}：未公布（{columns} 列在 not_published 中）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="422"/>
        <source>not published ({columns} in not_published)</source>
        <translation>未公布（{columns} 列在 not_published 中）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="423"/>
        <source>not entered yet</source>
        <translation>尚未录入</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="424"/>
        <source>{missing} entered in the catalog yet</source>
        <translation>{missing}（目录中尚未录入）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="425"/>
        <source>no memory figure</source>
        <translation>缺少显存数据</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="426"/>
        <source>no power figure</source>
        <translation>没有功耗数据</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="427"/>
        <source>solving the device count for the target time needs a throughput figure: {gap}</source>
        <translation>按目标时间求设备数需要算力数据：{gap}</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="431"/>
        <source>{gap}; the time, device-hours, energy, cost and CO2 are unknown</source>
        <translation>{gap}；时间、设备小时、能耗、费用和 CO2 均未知</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="432"/>
        <source>unknown: {reason}</source>
        <translation>未知：{reason}</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="433"/>
        <source>TP {tp} × PP {pp} × DP {dp}: of the layouts of {n} devices, the one that needs the least memory per device (without a throughput figure no layout can be timed)</source>
        <translation>TP {tp} × PP {pp} × DP {dp}：{n} 台设备的各种布局中每台设备所需显存最少的一种（没有算力数据，无法为布局计时）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="437"/>
        <source>does not fit at any device count with {sharding}: the memory it cannot split exceeds the device&apos;s; try ZeRO-3, recomputation or a smaller micro-batch</source>
        <translation>采用 {sharding} 时，任何设备数量都放不下：无法拆分的显存超过了设备显存；请尝试 ZeRO-3、重计算或更小的微批次</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="441"/>
        <source>does not fit in memory on {devices} devices; it needs at least {needed}</source>
        <translation>{devices} 台设备的显存放不下；至少需要 {needed} 台</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="444"/>
        <source>its best precision</source>
        <translation>其最佳精度</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="445"/>
        <source>TP × PP × DP = {product} devices, but the count is {count}</source>
        <translation>TP × PP × DP = {product} 台设备，但设备数为 {count}</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="449"/>
        <source>a pinned data-parallel size fixes the device count; give the count</source>
        <translation>固定的数据并行规模决定了设备数；请给出设备数</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="453"/>
        <source>data-parallel size</source>
        <translation>数据并行规模</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="457"/>
        <source>expert-parallel size</source>
        <translation>专家并行规模</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="461"/>
        <source>expert-parallel size {ep} must divide the DP {dp}</source>
        <translation>专家并行规模 {ep} 必须整除数据并行规模 {dp}</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="465"/>
        <source>give a layout or single sizes (TP, PP, DP, EP), not both</source>
        <translation>请给出并行布局或单项规模（TP、PP、DP、EP），不要同时给出</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="469"/>
        <source>must be a time in milliseconds such as 200, got {text}</source>
        <translation>必须是以毫秒为单位的时间，例如 200，而不是 {text}</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="473"/>
        <source>must be a time in seconds above 0 and at most 86,400, got {value}</source>
        <translation>必须是大于 0、至多 86,400 的秒数，而不是 {value}</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="477"/>
        <source>must be a whole number of 1 or more, got {value}</source>
        <translation>必须是不小于 1 的整数，而不是 {value}</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="481"/>
        <source>must be above 0 and at most 86,400,000 ms, got {text}</source>
        <translation>必须大于 0 且至多 86,400,000 毫秒，而不是 {text}</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="485"/>
        <source>must be from 1 to 100,000, got {value}</source>
        <translation>必须在 1 到 100,000 之间，而不是 {value}</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="489"/>
        <source>must be from 1 to 1e12 tokens, got {value}</source>
        <translation>必须在 1 到 1e12 个词元之间，而不是 {value}</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="493"/>
        <source>no interconnect figure in the catalog: tensor parallelism is timed over PCIe 4.0 x16</source>
        <translation>目录中没有互连带宽数据：张量并行按 PCIe 4.0 x16 计时</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="497"/>
        <source>no layout of {count} splits the global batch ({sequences} sequences of {length}) over data-parallel ranks × micro-batches of {micro}; use fewer devices or a larger global batch</source>
        <translation>{count}的任何并行布局都无法把全局批次（{sequences} 条长度为 {length} 的序列）分到数据并行组 × 大小为 {micro} 的微批次上；请减少设备或增大全局批次</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="501"/>
        <source>pipeline-parallel size</source>
        <translation>流水线并行规模</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="505"/>
        <source>tensor-parallel size</source>
        <translation>张量并行规模</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="509"/>
        <source>the devices needed</source>
        <translation>所需设备</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="513"/>
        <source>the pinned sizes multiply to {product}, which does not divide the count of {count} devices</source>
        <translation>固定的各项规模之积为 {product}，不能整除设备数 {count}</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="517"/>
        <source>unknown choice {recompute}; choose {choices}</source>
        <translation>未知选项 {recompute}；请选择 {choices}</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="521"/>
        <source>unknown network {network}; choose {choices}</source>
        <translation>未知网络 {network}；请选择 {choices}</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="525"/>
        <source>{name}: {reason}</source>
        <translation>{name}：{reason}</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="529"/>
        <source>{n} devices</source>
        <translation>{n} 台设备</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="533"/>
        <source>{size} must be a whole number of 1 or more</source>
        <translation>{size}必须是不小于 1 的整数</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="537"/>
        <source>{size} must be at most {max}</source>
        <translation>{size}至多为 {max}</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="541"/>
        <source>{text} is not a layout; write TPxPP, TPxPPxDP or TPxPPxDPxEP, e.g. 8x4x16</source>
        <translation>{text} 不是并行布局；请写成 TPxPP、TPxPPxDP 或 TPxPPxDPxEP，例如 8x4x16</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="545"/>
        <source>{text}: the {size} must be a whole number of 1 or more</source>
        <translation>{text}：{size}必须是不小于 1 的整数</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="549"/>
        <source>purchase: {purchase}; cloud: {cloud} (on-demand)</source>
        <translation>购买价：{purchase}；云价格：{cloud}（按需）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="551"/>
        <source>({per_token}) × {tokens} = {flops} FLOP</source>
        <translation>({per_token}) × {tokens} = {flops} FLOP</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="552"/>
        <source>({weights} GB of weights + {kv}) / ({working} × {bandwidth} GB/s)</source>
        <translation>({weights} GB 权重 + {kv}) / ({working} × {bandwidth} GB/s)</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="555"/>
        <source>, weight-only</source>
        <translation>，仅权重量化</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="556"/>
        <source>0 (not modelled)</source>
        <translation>0（未建模）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="557"/>
        <source>2 (K and V) × {layers} layers × {heads} KV heads × {head_dim} head size</source>
        <translation>2（K 和 V）× {layers} 层 × {heads} 个 KV 头 × 头维度 {head_dim}</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="560"/>
        <source>6 × {n}</source>
        <translation>6 × {n}</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="561"/>
        <source>6 × {n} + 6 × {layers} × {width} × {length} attention (causal: half of 12·L·d·s)</source>
        <translation>6 × {n} + 6 × {layers} × {width} × {length} 注意力（因果：12·L·d·s 的一半）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="565"/>
        <source>= compute cost = {total} (the cloud price includes energy)</source>
        <translation>= 计算成本 = {total}（云价格已含能耗）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="566"/>
        <source>C = the given budget, {flops} FLOP (D = C / ({per_token}) = {tokens} tokens)</source>
        <translation>C = 给定预算 {flops} FLOP（D = C / ({per_token}) = {tokens} 个 token）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="569"/>
        <source>CO2 = energy × grid intensity = {energy} kWh × {intensity} kg/kWh = {kg} kg ({t} t)</source>
        <translation>CO2 = 能耗 × 电网碳强度 = {energy} kWh × {intensity} kg/kWh = {kg} kg（{t} 吨）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="573"/>
        <source>DP sync not hidden</source>
        <translation>未被掩盖的数据并行同步</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="574"/>
        <source>EP all-to-alls</source>
        <translation>专家并行 all-to-all</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="575"/>
        <source>MFU = {mfu} (yours), of the {precision} peak</source>
        <translation>MFU = {mfu}（您给出的），相对 {precision} 峰值</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="576"/>
        <source>MFU = {mfu} of the {precision} peak: preset {label} ({source})</source>
        <translation>MFU = {mfu}，相对 {precision} 峰值：预设“{label}”（{source}）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="577"/>
        <source>MFU = {mfu} of the {precision} peak: preset {label} × {scale} (the {precision} preset&apos;s ratio to the 16-bit one) ({source})</source>
        <translation>MFU = {mfu}，相对 {precision} 峰值：预设“{label}”× {scale}（{precision} 预设与 16 位预设之比）（{source}）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="581"/>
        <source>MFU_eff = MFU × compute share = {mfu} × {compute} = {effective}; a step is {parts}</source>
        <translation>MFU_eff = MFU × 计算占比 = {mfu} × {compute} = {effective}；每步构成：{parts}</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="585"/>
        <source>MFU_eff = MFU × compute share = {mfu} × {compute} = {effective}; a step is {parts}; bubble (PP − 1)/m = {stages}/{m} of the busy time</source>
        <translation>MFU_eff = MFU × 计算占比 = {mfu} × {compute} = {effective}；每步构成：{parts}；气泡 (PP − 1)/m = 忙碌时间的 {stages}/{m}</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="589"/>
        <source>T = C / (n × peak × MFU_eff) = {flops} / ({n} × {peak} TFLOPS × {mfu}) = {seconds} s = {hours} h ({days} days)</source>
        <translation>T = C / (n × 峰值 × MFU_eff) = {flops} / ({n} × {peak} TFLOPS × {mfu}) = {seconds} 秒 = {hours} 小时（{days} 天）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="593"/>
        <source>TP all-reduces</source>
        <translation>张量并行 all-reduce</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="594"/>
        <source>TP {tp} × PP {pp} × DP {dp} ({how}); node of {node}; global batch {batch} sequences = DP {dp} × micro-batch {micro} × m = {m} micro-batches of {length} tokens; {links}</source>
        <translation>TP {tp} × PP {pp} × DP {dp}（{how}）；每节点 {node} 台；全局批大小 {batch} 条序列 = DP {dp} × 微批次 {micro} × m = {m} 个微批次，每条 {length} 个 token；{links}</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="598"/>
        <source>TP {tp} × PP {pp} × DP {dp} × EP {ep} (experts split inside DP) ({how}); node of {node}; global batch {batch} sequences = DP {dp} × micro-batch {micro} × m = {m} micro-batches of {length} tokens; {links}</source>
        <translation>TP {tp} × PP {pp} × DP {dp} × EP {ep}（专家在数据并行内切分）（{how}）；每节点 {node} 台；全局批大小 {batch} 条序列 = DP {dp} × 微批次 {micro} × m = {m} 个微批次，每条 {length} 个 token；{links}</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="602"/>
        <source>a larger batch&apos;s KV cache no longer fits</source>
        <translation>更大批次的 KV 缓存放不下</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="603"/>
        <source>at batch {batch} a decode step takes longer than the TPOT target</source>
        <translation>批大小为 {batch} 时，一个解码步超过 TPOT 目标</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="606"/>
        <source>at {sequences} in flight their prefill and decode take longer than each request may live, TTFT + (output tokens − 1) × TPOT (Little&apos;s law)</source>
        <translation>同时处理 {sequences}时，其预填充与解码耗时超过每个请求允许的时长 TTFT + (输出 token 数 − 1) × TPOT（利特尔法则）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="610"/>
        <source>by node class</source>
        <translation>按节点类型</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="611"/>
        <source>catalog launch price</source>
        <translation>目录发布价</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="612"/>
        <source>catalog on-demand</source>
        <translation>目录按需价格</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="613"/>
        <source>compute</source>
        <translation>计算</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="614"/>
        <source>compute + energy = {compute} + {energy} = {total}</source>
        <translation>计算 + 能耗 = {compute} + {energy} = {total}</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="615"/>
        <source>compute-bound</source>
        <translation>受算力限制</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="616"/>
        <source>cost = bought × T × (capital + colocation per used device-hour); capital = purchase × (1 + overhead) × (1 − resale × (1 + r)^−Y) × r / (1 − (1 + r)^−Y) / (8,760 h × utilisation) = {purchase} ({origin}) × {overhead} × (1 − {resale} × {growth}^−{years}) × {recovery} / (8,760 × {utilization}) = {capital}/h; colocation = {colocation}/kW-month × 12 × {kw} kW / (8,760 × {utilization}) = {colocation_hour}/h; cost = {bought} bought ({devices} in whole nodes of {node}) × {hours} h × (capital + colocation) = {cost}; up-front capital = {bought} × {unit_price} = {upfront}</source>
        <translation>成本 = 购买台数 × T ×（每个使用中的设备小时的资金成本 + 托管费）；资金成本 = 购价 × (1 + 附加成本) × (1 − 残值 × (1 + r)^−Y) × r / (1 − (1 + r)^−Y) / (8,760 小时 × 利用率) = {purchase}（{origin}）× {overhead} × (1 − {resale} × {growth}^−{years}) × {recovery} / (8,760 × {utilization}) = {capital}/小时；托管费 = {colocation}/千瓦·月 × 12 × {kw} kW / (8,760 × {utilization}) = {colocation_hour}/小时；成本 = 购买 {bought} 台（{devices} 台按每节点 {node} 台凑整）× {hours} 小时 ×（资金成本 + 托管费）= {cost}；前期投资 = {bought} × {unit_price} = {upfront}</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="620"/>
        <source>cost = device-hours × price = {hours} × {rate}/h ({origin}) = {total}</source>
        <translation>成本 = 设备小时数 × 价格 = {hours} × {rate}/小时（{origin}）= {total}</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="623"/>
        <source>decode step time / batch</source>
        <translation>解码步耗时 / 批大小</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="624"/>
        <source>dense peak {peak} TFLOPS at {used} (catalog)</source>
        <translation>{used} 稠密峰值 {peak} TFLOPS（目录）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="625"/>
        <source>dense peak {peak} TFLOPS at {used}: the catalog has no {precision} figure for this device, so it is priced at its best training precision (BF16, else FP16, TF32, FP32)</source>
        <translation>{used} 稠密峰值 {peak} TFLOPS：目录中没有该设备的 {precision} 数据，因此按其最佳训练精度计价（BF16，其次 FP16、TF32、FP32）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="629"/>
        <source>derived from N with h = 128·L</source>
        <translation>由 N 推算，h = 128·L</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="630"/>
        <source>device-hours = n × T = {n} × {hours} h = {device_hours}</source>
        <translation>设备小时数 = n × T = {n} × {hours} 小时 = {device_hours}</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="631"/>
        <source>does not fit</source>
        <translation>放不下</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="632"/>
        <source>energy = device-hours × power × draw × (1 + host) × PUE = {device_hours} × {kw} kW × {draw} × (1 + {host_fraction} host, {host}) × {pue} = {energy} kWh</source>
        <translation>能耗 = 设备小时数 × 功耗 × 负载系数 × (1 + 主机) × PUE = {device_hours} × {kw} kW × {draw} × (1 + {host_fraction} 主机，{host}) × {pue} = {energy} kWh</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="636"/>
        <source>energy × electricity price = {energy} kWh × {price}/kWh = {cost}</source>
        <translation>能耗 × 电价 = {energy} kWh × {price}/kWh = {cost}</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="639"/>
        <source>fits</source>
        <translation>放得下</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="640"/>
        <source>floor(memory left for the KV cache / ({per_token} bytes per token × {sequences})) = {context}</source>
        <translation>floor(留给 KV 缓存的显存 / (每 token {per_token} 字节 × {sequences})) = {context}</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="644"/>
        <source>floor(memory left for the KV cache / ({per_token} bytes per token × {sequences})) = {context}, capped at the model&apos;s {limit} tokens</source>
        <translation>floor(留给 KV 缓存的显存 / (每 token {per_token} 字节 × {sequences})) = {context}，以模型上限 {limit} 个 token 为限</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="648"/>
        <source>floor(memory left for the KV cache / {per_sequence} GB per sequence at {tokens} tokens) = {batch}</source>
        <translation>floor(留给 KV 缓存的显存 / 每条序列 {per_sequence} GB（{tokens} 个 token）) = {batch}</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="652"/>
        <source>full recomputation</source>
        <translation>完全重计算</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="653"/>
        <source>give input and output tokens per request</source>
        <translation>请给出每个请求的输入和输出 token 数</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="654"/>
        <source>given</source>
        <translation>给定</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="655"/>
        <source>in-node link {link}; network {network}: {scale_out}</source>
        <translation>节点内互连 {link}；网络“{network}”：{scale_out}</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="656"/>
        <source>memory-bound</source>
        <translation>受显存带宽限制</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="657"/>
        <source>n = TP × PP × DP = {layout}, DP the fewest ranks that meet the target: C / (target × peak × MFU_eff) = {flops} / ({days} days × 86,400 s × {peak} TFLOPS × {mfu}) = {by_time} devices, rounded up to whole ranks</source>
        <translation>n = TP × PP × DP = {layout}，DP 取满足目标的最少副本数：C / (目标时间 × 峰值 × MFU_eff) = {flops} / ({days} 天 × 86,400 秒 × {peak} TFLOPS × {mfu}) = {by_time} 台设备，向上取整到完整副本</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="661"/>
        <source>n = {n} (given)</source>
        <translation>n = {n}（给定）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="662"/>
        <source>no KV cache</source>
        <translation>无 KV 缓存</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="663"/>
        <source>no batch meets {targets}: {why}</source>
        <translation>没有批大小能满足 {targets}：{why}</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="664"/>
        <source>no bound (see the decode bound)</source>
        <translation>无上限（见解码上限）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="665"/>
        <source>no bound (see the per-sequence bound)</source>
        <translation>无上限（见单序列上限）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="666"/>
        <source>no bound (see the prefill bound)</source>
        <translation>无上限（见预填充上限）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="667"/>
        <source>no bound: no dense peak at a precision these weights compute in</source>
        <translation>无上限：没有这些权重可用计算精度下的稠密峰值</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="668"/>
        <source>no bound: no memory-bandwidth figure</source>
        <translation>无上限：缺少显存带宽数据</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="669"/>
        <source>no bound: the model does not fit</source>
        <translation>无上限：模型放不下</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="670"/>
        <source>no cloud price for this device</source>
        <translation>该设备没有云价格</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="671"/>
        <source>no cloud price or no bound for this device</source>
        <translation>该设备没有云价格或没有上限</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="672"/>
        <source>no compute peak</source>
        <translation>无算力峰值</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="673"/>
        <source>no cost: no decode bound</source>
        <translation>无成本：没有解码上限</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="674"/>
        <source>no count fits: the replicated KV cache alone outgrows each device</source>
        <translation>任何数量都放不下：仅复制的 KV 缓存就超出了每台设备</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="677"/>
        <source>no memory figure for this device</source>
        <translation>该设备没有显存数据</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="678"/>
        <source>no recomputation</source>
        <translation>不重计算</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="679"/>
        <source>none: below 10⁷ sequences the bytes read (weights and the KV cache each sequence adds) outweigh the FLOPs, or a figure is missing</source>
        <translation>无：在 10⁷ 条序列以内，读取的字节（权重及每条序列增加的 KV 缓存）始终比浮点运算更耗时，或缺少某项数据</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="683"/>
        <source>none: no layout fits in {usable}</source>
        <translation>无：没有任何布局能放进 {usable}</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="684"/>
        <source>not charged separately: the cloud price per device-hour includes energy</source>
        <translation>不单独计费：每设备小时的云价格已含能耗</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="687"/>
        <source>not computed: KV cache not modelled</source>
        <translation>未计算：KV 缓存未建模</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="688"/>
        <source>not computed: no memory figure</source>
        <translation>未计算：缺少显存数据</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="689"/>
        <source>not even one sequence fits</source>
        <translation>连一条序列都放不下</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="690"/>
        <source>not modelled: the model&apos;s layers and heads are unknown</source>
        <translation>未建模：模型的层数和注意力头数未知</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="691"/>
        <source>one decode step at batch 1 takes longer</source>
        <translation>批大小为 1 时一个解码步就已超时</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="692"/>
        <source>one decode step at batch {batch} = {ms} ms ({bound})</source>
        <translation>批大小 {batch} 时一个解码步 = {ms} ms（{bound}）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="693"/>
        <source>one request&apos;s prefill and decode take longer than TTFT + (output tokens − 1) × TPOT</source>
        <translation>一个请求的预填充与解码耗时超过 TTFT + (输出 token 数 − 1) × TPOT</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="697"/>
        <source>one {prompt}-token prompt alone takes longer to prefill</source>
        <translation>单个 {prompt} token 的提示词预填充就已超时</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="698"/>
        <source>one {prompt}-token prompt: max({tflop} TFLOP / peak, weights read / bandwidth) = {ms} ms</source>
        <translation>单个 {prompt} token 的提示词：max({tflop} TFLOP / 峰值, 读取权重 / 带宽) = {ms} ms</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="702"/>
        <source>pinned</source>
        <translation>已固定</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="703"/>
        <source>pipeline bubble</source>
        <translation>流水线气泡</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="704"/>
        <source>prefill time of the batch&apos;s prompts / prompt tokens</source>
        <translation>该批提示词的预填充耗时 / 提示词 token 数</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="705"/>
        <source>preset {label}</source>
        <translation>预设“{label}”</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="706"/>
        <source>recomputation</source>
        <translation>重算</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="707"/>
        <source>searched: the fastest that fits memory and the batch</source>
        <translation>搜索得出：放得进显存且符合批大小的最快布局</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="708"/>
        <source>selective recomputation (FlashAttention)</source>
        <translation>选择性重计算（FlashAttention）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="709"/>
        <source>step ≥ max({bytes_part}, {compute}) = {ms} ms, {bound}; 1 / step = {rate} tokens/s</source>
        <translation>每步 ≥ max({bytes_part}, {compute}) = {ms} ms，{bound}；1 / 每步 = {rate} token/秒</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="713"/>
        <source>the decode step time / {sequences}</source>
        <translation>解码步耗时 / {sequences}</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="714"/>
        <source>the fewest devices on which some layout fits: {n}; memory {usable}</source>
        <translation>存在可行布局的最少设备数：{n}；显存 {usable}</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="717"/>
        <source>the fewest devices whose usable memory holds {weights} GB of weights and {kv} GB of KV cache (more where tensor parallelism replicates KV heads) = {n}</source>
        <translation>可用显存能容纳 {weights} GB 权重和 {kv} GB KV 缓存的最少设备数（张量并行复制 KV 头时需要更多）= {n}</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="721"/>
        <source>the largest batch whose bounds meet {targets} = {batch}; {why}</source>
        <translation>上限满足 {targets} 的最大批大小 = {batch}；{why}</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="722"/>
        <source>the same link</source>
        <translation>同一互连</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="723"/>
        <source>the smallest batch whose decode FLOPs / peak reach its bytes read / bandwidth at {context} tokens of context = {batch}</source>
        <translation>在 {context} 个 token 上下文下，解码浮点运算量 / 峰值达到读取字节 / 带宽的最小批大小 = {batch}</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="727"/>
        <source>the time B requests take (prefill and decode) / (B × output tokens)</source>
        <translation>B 个请求耗时（预填充与解码）/ (B × 输出 token 数)</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="730"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="731"/>
        <source>unknown: the catalog has no memory figure for this device</source>
        <translation>未知：目录中没有该设备的显存数据</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="732"/>
        <source>unknown: the catalog has no power figure for this device</source>
        <translation>未知：目录中没有该设备的功耗数据</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="733"/>
        <source>unknown: the energy is unknown</source>
        <translation>未知：能耗未知</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="734"/>
        <source>unknown: {note}</source>
        <translation>未知：{note}</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="735"/>
        <source>your price</source>
        <translation>您给出的价格</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="736"/>
        <source>your price, applied to every device</source>
        <translation>您给出的价格，适用于所有设备</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="737"/>
        <source>yours</source>
        <translation>您给出的</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="738"/>
        <source>{first} and {second}</source>
        <translation>{first} 且 {second}</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="739"/>
        <source>{first}, {rest}</source>
        <translation>{first}，{rest}</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="740"/>
        <source>{formula} = {total}</source>
        <translation>{formula} = {total}</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="741"/>
        <source>{formula} with D = {ratio} × N (compute-optimal, Chinchilla): {total}</source>
        <translation>{formula}，其中 D = {ratio} × N（计算最优，Chinchilla）：{total}</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="744"/>
        <source>{gb} GB of KV cache</source>
        <translation>{gb} GB KV 缓存</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="745"/>
        <source>{half} GB/s each way (the catalog&apos;s {own} GB/s, both ways)</source>
        <translation>单向 {half} GB/s（目录中的 {own} GB/s 为双向）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="746"/>
        <source>{layers} layers × {latent} latent elements</source>
        <translation>{layers} 层 × {latent} 个潜在向量元素</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="747"/>
        <source>{needed} GB needed per device, {usable} usable: {verdict}</source>
        <translation>每台设备需要 {needed} GB，可用 {usable}：{verdict}</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="748"/>
        <source>{n} active (of {total})</source>
        <translation>{n} 激活（共 {total}）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="749"/>
        <source>{n} sequence</source>
        <translation>{n} 条序列</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="750"/>
        <source>{n} sequences</source>
        <translation>{n} 条序列</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="751"/>
        <source>{optimizer}: {weights} + {gradients} + {moments} = {state_bytes} bytes/param over TP × PP = {tp_pp}; {sharding} over DP = {dp}: states {unsplit} + {split} / {dp} GB; activations ({recompute}, ÷ TP, L = {layers}, h = {hidden}, {origin}) {activations} GB; logits 4·s·b·V/TP with V = {vocab}: {logits} GB; total {total} GB</source>
        <translation>{optimizer}：{weights} + {gradients} + {moments} = 每参数 {state_bytes} 字节，按 TP × PP = {tp_pp} 切分；{sharding}，按 DP = {dp}：状态 {unsplit} + {split} / {dp} GB；激活（{recompute}，÷ TP，L = {layers}，h = {hidden}，{origin}）{activations} GB；logits 4·s·b·V/TP，V = {vocab}：{logits} GB；合计 {total} GB</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="755"/>
        <source>{overhead} GB of {capacity} left unused: {engine} {rule}</source>
        <translation>{capacity} 中有 {overhead} GB 不用：{engine} {rule}</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="756"/>
        <source>{params} parameters at {precision}: {body} bits per weight with scales, embedding table {embedding} bits and output head {head} bits (vocab × hidden each) = {gb} GB</source>
        <translation>{params} 参数，格式 {precision}：每个权重 {body} 位（含缩放因子），嵌入表 {embedding} 位、输出头 {head} 位（各为词表 × 隐藏维度）= {gb} GB</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="760"/>
        <source>{params} parameters × {per} byte ({precision}) = {gb} GB</source>
        <translation>{params} 参数 × {per} 字节（{precision}）= {gb} GB</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="761"/>
        <source>{params} parameters × {per} bytes ({precision}) = {gb} GB</source>
        <translation>{params} 参数 × {per} 字节（{precision}）= {gb} GB</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="762"/>
        <source>{part} {share}</source>
        <translation>{part} {share}</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="763"/>
        <source>{per_token} × {tokens} = {flops} FLOP</source>
        <translation>{per_token} × {tokens} = {flops} FLOP</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="764"/>
        <source>{per_token}; × {tokens} tokens held (prompt + output, capped at any sliding window, rounded up to {block}-token blocks) × {sequences} = {gb} GB</source>
        <translation>{per_token}；× 保留的 {tokens} 个 token（提示词 + 输出，不超过滑动窗口，向上取整到 {block} token 的块）× {sequences} = {gb} GB</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="768"/>
        <source>{per_token}; × {tokens} tokens held (prompt + output, capped at any sliding window, rounded up to {block}-token blocks) × {sequences} × {copies} (replicated over tensor-parallel devices) = {gb} GB</source>
        <translation>{per_token}；× 保留的 {tokens} 个 token（提示词 + 输出，不超过滑动窗口，向上取整到 {block} token 的块）× {sequences} × {copies}（在张量并行设备间复制）= {gb} GB</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="772"/>
        <source>{price} {currency}/h × {devices} devices × {what} × 10⁶ = {cost} {currency} (bound, not a forecast)</source>
        <translation>{price} {currency}/小时 × {devices} 台设备 × {what} × 10⁶ = {cost} {currency}（上限估算，不是预测）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="776"/>
        <source>{sequences} / max(all bytes / bandwidth, all FLOPs / peak) over their prefill ({prompt} tokens each) and {generated} decode steps = {rate} per second, {bound}</source>
        <translation>{sequences} / max(全部字节 / 带宽, 全部浮点运算 / 峰值)，涵盖其预填充（各 {prompt} 个 token）和 {generated} 个解码步 = 每秒 {rate} 个，{bound}</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="780"/>
        <source>{sequences} × {per_sequence} = {total} tokens/s</source>
        <translation>{sequences} × {per_sequence} = {total} token/秒</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="781"/>
        <source>{sequences} × {prompt} prompt tokens / max(FLOPs / ({working} × {peak} {unit} {precision} dense{how}), weights read / bandwidth), with (2 × {params} parameters) + attention = {gflop} GFLOP per prompt token = {rate} tokens/s</source>
        <translation>{sequences} × {prompt} 个提示词 token / max(浮点运算 / ({working} × {peak} {unit} {precision} 稠密{how}), 读取权重 / 带宽)，其中 (2 × {params} 参数) + 注意力 = 每个提示词 token {gflop} GFLOP = {rate} token/秒</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="785"/>
        <source>{shape} × {kv_bytes} = {per_token} bytes per token</source>
        <translation>{shape} × {kv_bytes} = 每 token {per_token} 字节</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="786"/>
        <source>{size} byte ({precision})</source>
        <translation>{size} 字节（{precision}）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="787"/>
        <source>{size} bytes ({precision})</source>
        <translation>{size} 字节（{precision}）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="788"/>
        <source>{text}; raised to {n}, the fewest on which it fits in memory</source>
        <translation>{text}；提高到 {n} 台，即显存放得下的最少数量</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="789"/>
        <source>{tflop} TFLOP ({sequences} × (2 × {params} + attention at {context} tokens)) / ({working} × {peak} {unit})</source>
        <translation>{tflop} TFLOP（{sequences} × (2 × {params} + {context} 个 token 上下文的注意力)）/ ({working} × {peak} {unit})</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="793"/>
        <source>{usable} GB (the vendor&apos;s {vendor} GB are GiB, 2^30 bytes each, less {headroom} headroom)</source>
        <translation>{usable} GB（厂商标称的 {vendor} GB 实为 GiB，每 GiB 2^30 字节，再扣除 {headroom} 余量）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="797"/>
        <source>{value} GB/s each way ({label})</source>
        <translation>单向 {value} GB/s（{label}）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="798"/>
        <source>{value} GB/s per device each way</source>
        <translation>每台设备单向 {value} GB/s</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/messages.py" line="799"/>
        <source>{weights} + {kv} + {overhead} = {total} GB of {capacity}: {verdict}</source>
        <translation>{weights} + {kv} + {overhead} = {total} GB，可用 {capacity}：{verdict}</translation>
    </message>
</context>
<context>
    <name>Metric</name>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="149"/>
        <source>{p} peak (dense)</source>
        <translation>{p} 峰值（稠密）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="150"/>
        <source>{p} {t} per 1,000 {c}</source>
        <translation>每千 {c} 的 {p} {t}</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="151"/>
        <source>{p} {t} per watt</source>
        <translation>每瓦 {p} {t}</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="152"/>
        <source>Memory per 1,000 {c}</source>
        <translation>每千 {c} 的显存</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="153"/>
        <source>Bandwidth per {p} FLOP</source>
        <translation>每 {p} FLOP 的带宽</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="154"/>
        <source>Cloud cost per {p} PFLOP-hour</source>
        <translation>每 {p} PFLOP·小时的云端成本</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="158"/>
        <source>Dense peak throughput at the chosen precision.</source>
        <translation>所选精度下的稠密峰值算力。</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="159"/>
        <source>Dense peak throughput per 1,000 of launch price.</source>
        <translation>发布价每 1,000 货币单位对应的稠密峰值算力。</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="162"/>
        <source>Dense peak throughput per watt of rated power.</source>
        <translation>每瓦额定功耗对应的稠密峰值算力。</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="163"/>
        <source>Gigabytes of device memory per 1,000 of launch price.</source>
        <translation>发布价每 1,000 货币单位对应的显存容量（GB）。</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="166"/>
        <source>Bytes of memory bandwidth per dense FLOP: higher means less memory-bound.</source>
        <translation>每次稠密 FLOP 对应的显存带宽字节数：越高越不易受显存带宽限制。</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/catalog.py" line="169"/>
        <source>On-demand price of one hour of one dense PFLOP/s at the chosen precision.</source>
        <translation>在所选精度下，1 PFLOP/s 稠密算力使用 1 小时的云端按需价格。</translation>
    </message>
</context>
<context>
    <name>PriceKind</name>
    <message>
        <location filename="../../gpucompare/ui/pages/hardware/price_html.py" line="17"/>
        <source>MSRP</source>
        <translation>建议零售价</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/hardware/price_html.py" line="18"/>
        <source>street</source>
        <translation>市场成交价</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/hardware/price_html.py" line="19"/>
        <source>estimate</source>
        <translation>分析师估算</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/hardware/price_html.py" line="20"/>
        <source>cloud on-demand</source>
        <translation>云端按需</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/hardware/price_html.py" line="21"/>
        <source>cloud spot</source>
        <translation>云端竞价</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/hardware/price_html.py" line="22"/>
        <source>cloud 1-year reserved</source>
        <translation>云端 1 年预留</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/hardware/price_html.py" line="23"/>
        <source>cloud 3-year reserved</source>
        <translation>云端 3 年预留</translation>
    </message>
</context>
<context>
    <name>PricePolicyMenu</name>
    <message>
        <location filename="../../gpucompare/ui/widgets/price_menu.py" line="69"/>
        <source>&amp;Prices</source>
        <translation>价格(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/widgets/price_menu.py" line="70"/>
        <source>Purchase price</source>
        <translation>购买价</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/widgets/price_menu.py" line="71"/>
        <source>Cloud price (on-demand, per device-hour)</source>
        <translation>云端价格（按需，每设备小时）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/widgets/price_menu.py" line="72"/>
        <source>One provider</source>
        <translation>指定一家云厂商</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/widgets/price_menu.py" line="74"/>
        <source>MSRP first, else street price</source>
        <translation>优先建议零售价，否则市场价</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/widgets/price_menu.py" line="75"/>
        <source>Street price first, else MSRP</source>
        <translation>优先市场价，否则建议零售价</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/widgets/price_menu.py" line="76"/>
        <source>Lowest known price</source>
        <translation>已知最低价</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/widgets/price_menu.py" line="77"/>
        <source>Cheapest provider</source>
        <translation>最便宜的云厂商</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/widgets/price_menu.py" line="78"/>
        <source>Median of the providers</source>
        <translation>各云厂商的中位数</translation>
    </message>
</context>
<context>
    <name>PriceTable</name>
    <message>
        <location filename="../../gpucompare/ui/pages/hardware/price_html.py" line="43"/>
        <source>per system of {n}</source>
        <translation>每套系统（{n} 个设备）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/hardware/price_html.py" line="46"/>
        <source>per device</source>
        <translation>每设备</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/hardware/price_html.py" line="48"/>
        <source>per device-hour</source>
        <translation>每设备小时</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/hardware/price_html.py" line="50"/>
        <source>per hour of {instance} ({n} devices)</source>
        <translation>{instance} 每小时（{n} 个设备）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/hardware/price_html.py" line="66"/>
        <source>No observed prices.</source>
        <translation>没有已记录的价格。</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/hardware/price_html.py" line="72"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/hardware/price_html.py" line="73"/>
        <source>Provider</source>
        <translation>提供方</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/hardware/price_html.py" line="74"/>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/hardware/price_html.py" line="75"/>
        <source>As quoted</source>
        <translation>原始报价</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/hardware/price_html.py" line="76"/>
        <source>In {currency}</source>
        <translation>折合 {currency}</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/hardware/price_html.py" line="77"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/hardware/price_html.py" line="78"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/hardware/price_html.py" line="79"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/hardware/price_html.py" line="81"/>
        <source>Observed prices</source>
        <translation>已记录的价格</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/hardware/price_html.py" line="91"/>
        <source>no rate</source>
        <translation>无汇率</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/hardware/price_html.py" line="111"/>
        <source>{mark} the price that tables, charts and calculators use (View › Prices).</source>
        <translation>{mark} 表格、图表和计算器所用的价格（视图 › 价格）。</translation>
    </message>
</context>
<context>
    <name>RangeEdit</name>
    <message>
        <location filename="../../gpucompare/ui/widgets/range_edit.py" line="60"/>
        <source>min</source>
        <translation>最小</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/widgets/range_edit.py" line="60"/>
        <source>max</source>
        <translation>最大</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/widgets/range_edit.py" line="108"/>
        <source>The maximum is below the minimum.</source>
        <translation>最大值小于最小值。</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/widgets/range_edit.py" line="117"/>
        <source>Type a number such as 80 or 1500.5, or leave empty.</source>
        <translation>请输入数字（如 80 或 1500.5），或留空。</translation>
    </message>
</context>
<context>
    <name>RankingPanel</name>
    <message>
        <location filename="../../gpucompare/ui/charts/ranking.py" line="85"/>
        <source>Metric:</source>
        <translation>指标：</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/charts/ranking.py" line="86"/>
        <source>Show best:</source>
        <translation>显示前：</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/charts/ranking.py" line="111"/>
        <source>best {n} of {m} shown: make the chart taller to see more</source>
        <translation>显示前 {n} 个（共 {m} 个）：把图表拉高可看到更多</translation>
    </message>
</context>
<context>
    <name>RankingView</name>
    <message>
        <location filename="../../gpucompare/ui/pages/calculator.py" line="489"/>
        <source>No device to rank</source>
        <translation>没有可排名的设备</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/calculator.py" line="491"/>
        <source>No ranked device has a value for “{m}”</source>
        <translation>排名中没有设备具有“{m}”的数值</translation>
    </message>
</context>
<context>
    <name>RatesDialog</name>
    <message>
        <location filename="../../gpucompare/ui/dialogs/rates.py" line="31"/>
        <source>Exchange rates</source>
        <translation>汇率</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/dialogs/rates.py" line="37"/>
        <source>The catalog stays in USD; prices are converted for display at these rates. Edit a rate to use your own.</source>
        <translation>设备目录中的价格始终以 USD 存储，显示时按以下汇率换算。可修改汇率以使用自定义值。</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/dialogs/rates.py" line="47"/>
        <source>Currency</source>
        <translation>货币</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/dialogs/rates.py" line="48"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/dialogs/rates.py" line="49"/>
        <source>Per 1 USD</source>
        <translation>每 1 USD</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/dialogs/rates.py" line="50"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/dialogs/rates.py" line="51"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/dialogs/rates.py" line="60"/>
        <source>Reset to the bundled rates</source>
        <translation>恢复内置汇率</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/dialogs/rates.py" line="103"/>
        <source>{code}: type a positive number, e.g. 7.1</source>
        <translation>{code}：请输入正数，如 7.1</translation>
    </message>
</context>
<context>
    <name>RunFields</name>
    <message>
        <location filename="../../gpucompare/ui/pages/training/run_fields.py" line="62"/>
        <source>Compute-optimal (20 per parameter)</source>
        <translation>计算最优（每个参数 20 个词元）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/run_fields.py" line="63"/>
        <source>Chinchilla: D = 20 × N (Hoffmann et al. 2022)</source>
        <translation>Chinchilla：D = 20 × N（Hoffmann 等，2022）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/run_fields.py" line="64"/>
        <source>Use selected</source>
        <translation>使用所选</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/run_fields.py" line="65"/>
        <source>Take the device selected in the table</source>
        <translation>采用表格中选中的设备</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/run_fields.py" line="66"/>
        <source>Count</source>
        <translation>按设备数</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/run_fields.py" line="67"/>
        <source>Finish in days</source>
        <translation>按完成天数</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/run_fields.py" line="68"/>
        <source>Show the low–high band of the MFU presets</source>
        <translation>显示 MFU 预设的高低区间</translation>
    </message>
</context>
<context>
    <name>ScatterPanel</name>
    <message>
        <location filename="../../gpucompare/ui/charts/scatter.py" line="183"/>
        <source>X:</source>
        <translation>X：</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/charts/scatter.py" line="184"/>
        <source>Y:</source>
        <translation>Y：</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/charts/scatter.py" line="186"/>
        <source>log</source>
        <translation>对数</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/charts/scatter.py" line="187"/>
        <source>Labels</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/charts/scatter.py" line="188"/>
        <source>Pareto frontier</source>
        <translation>帕累托前沿</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/charts/scatter.py" line="190"/>
        <source>Devices no other device beats on both axes (in the better direction of each).</source>
        <translation>在两个坐标轴上（各按更优方向）均不被其他任何设备超越的设备。</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/charts/scatter.py" line="245"/>
        <source>No devices match the filters</source>
        <translation>没有符合筛选条件的设备</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/charts/scatter.py" line="290"/>
        <source>labels off: {n} points (at most {m})</source>
        <translation>标签已关闭：{n} 个点（最多 {m} 个）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/charts/scatter.py" line="339"/>
        <source>and {n} more devices at this point</source>
        <translation>此处另有 {n} 个设备</translation>
    </message>
</context>
<context>
    <name>ScenarioCommands</name>
    <message>
        <location filename="../../gpucompare/ui/commands/scenario.py" line="46"/>
        <source>Save scenario</source>
        <translation>保存场景</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/commands/scenario.py" line="48"/>
        <source>gpucompare scenarios (*.gpucompare.json)</source>
        <translation>gpucompare 场景 (*.gpucompare.json)</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/commands/scenario.py" line="60"/>
        <source>Scenario not saved</source>
        <translation>场景未保存</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/commands/scenario.py" line="61"/>
        <location filename="../../gpucompare/ui/commands/scenario.py" line="151"/>
        <source>Nothing was written.

{error}</source>
        <translation>未写入任何内容。

{error}</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/commands/scenario.py" line="69"/>
        <source>Scenario saved to {path}</source>
        <translation>场景已保存到 {path}</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/commands/scenario.py" line="80"/>
        <source>Open scenario</source>
        <translation>打开场景</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/commands/scenario.py" line="82"/>
        <source>gpucompare scenarios (*.gpucompare.json);;All files (*)</source>
        <translation>gpucompare 场景 (*.gpucompare.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/commands/scenario.py" line="98"/>
        <source>Cannot open the scenario</source>
        <translation>无法打开场景</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/commands/scenario.py" line="99"/>
        <source>{path} was not opened; nothing changed.

{problems}</source>
        <translation>未打开 {path}；没有任何更改。

{problems}</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/commands/scenario.py" line="111"/>
        <source>Scenario opened with notes</source>
        <translation>场景已打开（有提示）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/commands/scenario.py" line="112"/>
        <source>{path} was opened; some of it could not be restored as saved:

{notes}</source>
        <translation>已打开 {path}；其中部分内容无法按保存时恢复：

{notes}</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/commands/scenario.py" line="120"/>
        <source>Opened scenario {path}</source>
        <translation>已打开场景 {path}</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/commands/scenario.py" line="134"/>
        <source>Export decision brief</source>
        <translation>导出决策简报</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/commands/scenario.py" line="136"/>
        <source>PDF documents (*.pdf);;HTML pages (*.html)</source>
        <translation>PDF 文档 (*.pdf);;HTML 网页 (*.html)</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/commands/scenario.py" line="150"/>
        <source>Brief not written</source>
        <translation>简报未写入</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/commands/scenario.py" line="160"/>
        <source>Decision brief saved to {path}</source>
        <translation>决策简报已保存到 {path}</translation>
    </message>
</context>
<context>
    <name>ScenarioMenu</name>
    <message>
        <location filename="../../gpucompare/ui/commands/scenario_menu.py" line="53"/>
        <source>(none yet)</source>
        <translation>（暂无）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/commands/scenario_menu.py" line="57"/>
        <source>Open &amp;scenario…</source>
        <translation>打开场景(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/commands/scenario_menu.py" line="58"/>
        <source>Sa&amp;ve scenario…</source>
        <translation>保存场景(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/commands/scenario_menu.py" line="59"/>
        <source>Recent scenarios</source>
        <translation>最近的场景</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/commands/scenario_menu.py" line="60"/>
        <source>Export decision &amp;brief (PDF/HTML)…</source>
        <translation>导出决策简报(&amp;B)（PDF/HTML）…</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/commands/scenario_menu.py" line="61"/>
        <source>&amp;Copy (text and Markdown table)</source>
        <translation>复制(&amp;C)（文本和 Markdown 表格）</translation>
    </message>
</context>
<context>
    <name>TrainingForm</name>
    <message>
        <location filename="../../gpucompare/ui/pages/training/texts.py" line="63"/>
        <source>Run</source>
        <translation>训练任务</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/texts.py" line="20"/>
        <location filename="../../gpucompare/ui/pages/training/texts.py" line="64"/>
        <source>Pricing</source>
        <translation>计价</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/texts.py" line="65"/>
        <source>Energy</source>
        <translation>能耗</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/texts.py" line="66"/>
        <source>Memory</source>
        <translation>显存</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/texts.py" line="12"/>
        <source>Parameters</source>
        <translation>参数量</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/texts.py" line="13"/>
        <source>Training tokens</source>
        <translation>训练词元数</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/texts.py" line="14"/>
        <source>Or FLOPs budget</source>
        <translation>或 FLOPs 预算</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/texts.py" line="15"/>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/texts.py" line="16"/>
        <source>Precision (dense)</source>
        <translation>精度（稠密）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/texts.py" line="17"/>
        <source>Devices</source>
        <translation>设备数</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/texts.py" line="18"/>
        <source>MFU</source>
        <translation>MFU</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/texts.py" line="21"/>
        <source>Price per device-hour ({c})</source>
        <translation>每设备小时价格 ({c})</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/texts.py" line="24"/>
        <source>Purchase price per device ({c})</source>
        <translation>单设备采购价 ({c})</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/texts.py" line="27"/>
        <source>Server and facility overhead</source>
        <translation>服务器与机房附加成本</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/texts.py" line="28"/>
        <source>Useful life (years)</source>
        <translation>使用寿命（年）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/texts.py" line="29"/>
        <source>Utilisation</source>
        <translation>利用率</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/texts.py" line="30"/>
        <source>Average draw (× rated power)</source>
        <translation>平均功耗（× 额定功耗）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/texts.py" line="31"/>
        <source>PUE</source>
        <translation>PUE</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/texts.py" line="32"/>
        <source>Grid carbon (kg CO₂/kWh)</source>
        <translation>电网碳排放强度 (kg CO₂/kWh)</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/texts.py" line="33"/>
        <source>Electricity ({c}/kWh)</source>
        <translation>电价 ({c}/kWh)</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/texts.py" line="36"/>
        <source>Optimizer</source>
        <translation>优化器</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/texts.py" line="37"/>
        <source>Sharding</source>
        <translation>分片</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/texts.py" line="38"/>
        <source>Sequence length</source>
        <translation>序列长度</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/texts.py" line="39"/>
        <source>Micro-batch</source>
        <translation>微批次</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/texts.py" line="41"/>
        <source>Layers (optional)</source>
        <translation>层数（可选）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/texts.py" line="42"/>
        <source>Hidden size (optional)</source>
        <translation>隐藏维度（可选）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/texts.py" line="49"/>
        <source>e.g. 7B, 70B, 1.3T</source>
        <translation>如 7B、70B、1.3T</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/texts.py" line="50"/>
        <source>e.g. 300B, 2T</source>
        <translation>如 300B、2T</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/texts.py" line="51"/>
        <source>optional, e.g. 8.4e23</source>
        <translation>可选，如 8.4e23</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/texts.py" line="52"/>
        <source>e.g. 1024</source>
        <translation>如 1024</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/texts.py" line="53"/>
        <source>e.g. 30</source>
        <translation>如 30</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/texts.py" line="55"/>
        <location filename="../../gpucompare/ui/pages/training/texts.py" line="56"/>
        <source>derived from parameters</source>
        <translation>由参数量推算</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/texts.py" line="67"/>
        <source>Layout</source>
        <translation>并行布局</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/texts.py" line="40"/>
        <source>Activation recomputation</source>
        <translation>激活重计算</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/form.py" line="93"/>
        <source>FP4 (unproven for training: no published run)</source>
        <translation>FP4（训练未经验证：尚无公开的训练实例）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/preset_choosers.py" line="43"/>
        <source>Custom value</source>
        <translation>自定义值</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/extra_fields.py" line="42"/>
        <source>None: type the parameters</source>
        <translation>无：手动输入参数量</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/extra_fields.py" line="57"/>
        <source>Model preset</source>
        <translation>模型预设</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/extra_fields.py" line="58"/>
        <source>Cost of capital (per year)</source>
        <translation>资金成本（每年）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/extra_fields.py" line="59"/>
        <source>Colocation ({c} per kW-month)</source>
        <translation>托管费用（{c}/千瓦·月）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/extra_fields.py" line="62"/>
        <source>Resale value (fraction)</source>
        <translation>残值（比例）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/extra_fields.py" line="63"/>
        <source>Host power (× device power)</source>
        <translation>主机功耗（× 设备功耗）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/extra_fields.py" line="71"/>
        <source>CBRE 2024 average</source>
        <translation>CBRE 2024 年均价</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/extra_fields.py" line="73"/>
        <source>by node class (DGX)</source>
        <translation>按节点类型（DGX）</translation>
    </message>
</context>
<context>
    <name>TrainingPanel</name>
    <message>
        <location filename="../../gpucompare/ui/pages/training/panel.py" line="71"/>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/panel.py" line="65"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/panel.py" line="66"/>
        <source>The same run on every filtered device</source>
        <translation>同一训练任务在各筛选设备上的对比</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/panel.py" line="67"/>
        <source>Explain…</source>
        <translation>说明…</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/panel.py" line="68"/>
        <source>Export result CSV…</source>
        <translation>导出结果 CSV…</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/panel.py" line="69"/>
        <source>Export ranking CSV…</source>
        <translation>导出排名 CSV…</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/panel.py" line="70"/>
        <source>Chart:</source>
        <translation>图表：</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/panel.py" line="71"/>
        <source>Why it is left out</source>
        <translation>排除原因</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/panel.py" line="109"/>
        <source>choose a device</source>
        <translation>请选择设备</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/panel.py" line="147"/>
        <source>{label}: {value}</source>
        <translation>{label}：{value}</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/panel.py" line="151"/>
        <source>How the result is computed</source>
        <translation>结果的计算方法</translation>
    </message>
</context>
<context>
    <name>TrainingRanking</name>
    <message>
        <location filename="../../gpucompare/ui/pages/training/ranking.py" line="47"/>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/ranking.py" line="48"/>
        <source>Precision</source>
        <translation>精度</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/ranking.py" line="49"/>
        <source>Devices</source>
        <translation>设备数</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/ranking.py" line="50"/>
        <source>Layout (TP×PP×DP)</source>
        <translation>并行布局（TP×PP×DP）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/ranking.py" line="51"/>
        <source>Effective MFU</source>
        <translation>有效 MFU</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/ranking.py" line="52"/>
        <source>Days</source>
        <translation>天数</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/ranking.py" line="53"/>
        <source>Device-hours</source>
        <translation>设备小时数</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/ranking.py" line="54"/>
        <source>Total ({c})</source>
        <translation>总计 ({c})</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/ranking.py" line="55"/>
        <source>Compute ({c})</source>
        <translation>算力成本 ({c})</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/ranking.py" line="56"/>
        <source>Why no cost</source>
        <translation>无成本原因</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/ranking.py" line="57"/>
        <source>Energy (kWh)</source>
        <translation>能耗 (kWh)</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/ranking.py" line="58"/>
        <location filename="../../gpucompare/ui/pages/training/ranking.py" line="76"/>
        <source>CO₂ (kg)</source>
        <translation>CO₂ (kg)</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/ranking.py" line="59"/>
        <source>Memory/device (GB)</source>
        <translation>单设备显存 (GB)</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/ranking.py" line="60"/>
        <source>Min. devices</source>
        <translation>最少设备数</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/ranking.py" line="67"/>
        <source>No filtered device can run it: the “Left out” tab says why.</source>
        <translation>筛选出的设备都无法运行：原因见“已排除”标签页。</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/ranking.py" line="69"/>
        <source>No devices match the filters</source>
        <translation>没有符合筛选条件的设备</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/ranking.py" line="74"/>
        <source>Total cost ({c})</source>
        <translation>总成本 ({c})</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/ranking.py" line="75"/>
        <source>Wall-clock days</source>
        <translation>实际天数</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/ranking.py" line="80"/>
        <source>{n} of {total} filtered devices cannot be priced or cannot run it:</source>
        <translation>筛选出的 {total} 个设备中有 {n} 个无法计价或无法运行该任务：</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/ranking.py" line="29"/>
        <location filename="../../gpucompare/ui/pages/training/ranking.py" line="85"/>
        <source>Chart</source>
        <translation>图表</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/ranking.py" line="27"/>
        <source>No ranking while an input is invalid: correct the field marked in red.</source>
        <translation>输入有误，暂无排名：请更正标红的字段。</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/ranking.py" line="29"/>
        <location filename="../../gpucompare/ui/pages/training/ranking.py" line="85"/>
        <source>Left out ({n})</source>
        <translation>已排除（{n}）</translation>
    </message>
</context>
<context>
    <name>TrainingResultText</name>
    <message>
        <location filename="../../gpucompare/ui/pages/training/results.py" line="41"/>
        <location filename="../../gpucompare/ui/pages/training/results.py" line="57"/>
        <location filename="../../gpucompare/ui/pages/training/results.py" line="173"/>
        <location filename="../../gpucompare/ui/pages/training/results.py" line="184"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/results.py" line="49"/>
        <source>included in the cloud price</source>
        <translation>已包含在云端价格中</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/results.py" line="53"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/results.py" line="53"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/results.py" line="65"/>
        <source>Training compute</source>
        <translation>训练计算量</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/results.py" line="69"/>
        <source>Tokens</source>
        <translation>词元数</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/results.py" line="72"/>
        <source>Precision used</source>
        <translation>实际使用精度</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/results.py" line="78"/>
        <source>Devices</source>
        <translation>设备数</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/results.py" line="82"/>
        <source>MFU</source>
        <translation>MFU</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/results.py" line="85"/>
        <source>Parallel layout</source>
        <translation>并行布局</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/results.py" line="88"/>
        <source>{layout} (TP × PP × DP)</source>
        <translation>{layout}（TP × PP × DP）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/results.py" line="93"/>
        <source>Effective MFU</source>
        <translation>有效 MFU</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/results.py" line="99"/>
        <source>Wall-clock time</source>
        <translation>实际耗时</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/results.py" line="102"/>
        <source>{h} h ({d} days)</source>
        <translation>{h} 小时（{d} 天）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/results.py" line="109"/>
        <source>Device-hours</source>
        <translation>设备小时数</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/results.py" line="115"/>
        <source>Compute cost</source>
        <translation>算力成本</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/results.py" line="121"/>
        <source>Energy</source>
        <translation>能耗</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/results.py" line="130"/>
        <source>Energy cost</source>
        <translation>能耗成本</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/results.py" line="136"/>
        <source>Total cost</source>
        <translation>总成本</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/results.py" line="142"/>
        <source>CO₂</source>
        <translation>CO₂ 排放</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/results.py" line="150"/>
        <source>Memory per device</source>
        <translation>单设备显存</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/results.py" line="151"/>
        <source>{need} of {have} GB</source>
        <translation>{need} / {have} GB</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/results.py" line="156"/>
        <source>Fits in memory</source>
        <translation>显存可容纳</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/results.py" line="159"/>
        <source>Minimum devices that fit</source>
        <translation>可容纳所需的最少设备数</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/results.py" line="187"/>
        <source>{used} (no {chosen} figure: its best training precision)</source>
        <translation>{used}（无 {chosen} 数据：使用其最佳训练精度）</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/results.py" line="195"/>
        <source>MFU {a:g}–{b:g}</source>
        <translation>MFU {a:g}–{b:g}</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/results.py" line="198"/>
        <source>{d1}–{d2} days, {c1}–{c2}</source>
        <translation>{d1}–{d2} 天，{c1}–{c2}</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/pages/training/results.py" line="204"/>
        <source>The same run at the lowest and highest MFU preset</source>
        <translation>同一训练任务在最低和最高 MFU 预设下的结果</translation>
    </message>
</context>
<context>
    <name>TrendPanel</name>
    <message>
        <location filename="../../gpucompare/ui/charts/trend.py" line="64"/>
        <source>Metric:</source>
        <translation>指标：</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/charts/trend.py" line="96"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>Value</name>
    <message>
        <location filename="../../gpucompare/ui/formatting.py" line="61"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/formatting.py" line="63"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/published.py" line="15"/>
        <source>n/p</source>
        <translation>未公布</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/published.py" line="24"/>
        <source>Not sold: there is no purchase price.</source>
        <translation>不单独出售：没有购买价。</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/published.py" line="27"/>
        <source>Not rented by any cloud.</source>
        <translation>没有云厂商出租。</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/published.py" line="31"/>
        <source>n/p: the vendor does not publish {what} for this device.</source>
        <translation>未公布：厂商未公布该设备的{what}。</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels/published.py" line="35"/>
        <source>(“—” means not entered yet.)</source>
        <translation>（“—”表示尚未录入。）</translation>
    </message>
</context>
<context>
    <name>ViewMenu</name>
    <message>
        <location filename="../../gpucompare/ui/widgets/view_menu.py" line="65"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/widgets/view_menu.py" line="66"/>
        <source>&amp;Columns</source>
        <translation>列(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/widgets/view_menu.py" line="67"/>
        <source>C&amp;urrency</source>
        <translation>货币(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/widgets/view_menu.py" line="68"/>
        <source>Exchange &amp;rates…</source>
        <translation>汇率(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/widgets/view_menu.py" line="70"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/widgets/view_menu.py" line="71"/>
        <source>Large amounts in 万 / 亿 (Chinese)</source>
        <translation>大额数字以万 / 亿显示（中文习惯）</translation>
    </message>
</context>
</TS>
