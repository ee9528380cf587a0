<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>App</name>
    <message>
        <location filename="../../gpucompare/ui/app.py" line="99"/>
        <source>The bundled catalog cannot be read:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Calculator</name>
    <message>
        <location filename="../../gpucompare/ui/calculator_labels.py" line="19"/>
        <source>AdamW, mixed precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/calculator_labels.py" line="20"/>
        <source>8-bit Adam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/calculator_labels.py" line="21"/>
        <source>SGD with momentum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/calculator_labels.py" line="28"/>
        <source>no sharding (plain data parallel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/calculator_labels.py" line="29"/>
        <source>ZeRO-1 (optimizer state sharded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/calculator_labels.py" line="30"/>
        <source>ZeRO-2 (optimizer state and gradients sharded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/calculator_labels.py" line="33"/>
        <source>ZeRO-3 / FSDP (optimizer state, gradients and weights sharded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/calculator_labels.py" line="44"/>
        <source>no {p} figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/calculator_labels.py" line="47"/>
        <source>no cloud price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/calculator_labels.py" line="49"/>
        <source>no launch price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/calculator_labels.py" line="50"/>
        <source>no power figure (owned pricing needs it for the energy cost)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/calculator_labels.py" line="53"/>
        <source>no memory figure (cannot check that it fits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/calculator_labels.py" line="56"/>
        <source>does not fit at any device count with this sharding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/calculator_labels.py" line="59"/>
        <source>needs more than {n} devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/calculator_labels.py" line="63"/>
        <source>does not fit in memory on {n} devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/calculator_labels.py" line="67"/>
        <source>does not fit in memory on the solved number of devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/calculator_labels.py" line="78"/>
        <source>no memory figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/calculator_labels.py" line="79"/>
        <source>no memory-bandwidth figure (no decode bound)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/calculator_labels.py" line="82"/>
        <source>does not fit on {n} devices</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogErrorsDialog</name>
    <message>
        <location filename="../../gpucompare/ui/catalog_errors_dialog.py" line="23"/>
        <source>Catalog file not loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/catalog_errors_dialog.py" line="28"/>
        <source>{path} was not loaded: {n} problem(s) found. Nothing was changed. Fix the file and open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/catalog_errors_dialog.py" line="38"/>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/catalog_errors_dialog.py" line="38"/>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/catalog_errors_dialog.py" line="38"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/catalog_errors_dialog.py" line="38"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogTable</name>
    <message>
        <location filename="../../gpucompare/ui/table_panel.py" line="51"/>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/table_panel.py" line="64"/>
        <source>Reset to default columns</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogTableModel</name>
    <message>
        <location filename="../../gpucompare/ui/table_model.py" line="142"/>
        <source>Sources:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/table_model.py" line="143"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Chart</name>
    <message>
        <location filename="../../gpucompare/ui/chart_style.py" line="160"/>
        <source>{n} no {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/chart_style.py" line="169"/>
        <source>{n} zero on a log axis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/chart_style.py" line="178"/>
        <source>{n} hidden: {why}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Choice</name>
    <message>
        <location filename="../../gpucompare/ui/labels.py" line="149"/>
        <source>GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels.py" line="150"/>
        <source>TPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels.py" line="151"/>
        <source>NPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels.py" line="152"/>
        <source>FPGA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels.py" line="153"/>
        <source>ASIC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels.py" line="154"/>
        <source>datacenter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels.py" line="155"/>
        <source>workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels.py" line="156"/>
        <source>consumer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels.py" line="157"/>
        <source>edge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels.py" line="158"/>
        <source>cloud-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels.py" line="159"/>
        <source>msrp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels.py" line="160"/>
        <source>street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels.py" line="161"/>
        <source>estimate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Column</name>
    <message>
        <location filename="../../gpucompare/ui/labels.py" line="15"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels.py" line="16"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels.py" line="17"/>
        <source>Vendor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels.py" line="18"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels.py" line="19"/>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels.py" line="20"/>
        <source>Form factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels.py" line="21"/>
        <source>Released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels.py" line="22"/>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels.py" line="23"/>
        <source>Memory type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels.py" line="24"/>
        <source>Memory bandwidth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels.py" line="25"/>
        <source>FP64 dense</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels.py" line="26"/>
        <source>FP32 dense</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels.py" line="27"/>
        <source>TF32 dense</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels.py" line="28"/>
        <source>FP16 dense</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels.py" line="29"/>
        <source>BF16 dense</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels.py" line="30"/>
        <source>FP8 dense</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels.py" line="31"/>
        <source>FP4 dense</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels.py" line="32"/>
        <source>INT8 dense</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels.py" line="33"/>
        <source>2:4 sparsity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels.py" line="34"/>
        <source>Power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels.py" line="35"/>
        <source>Interconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels.py" line="36"/>
        <source>Launch price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels.py" line="37"/>
        <source>Price kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels.py" line="38"/>
        <source>Price date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels.py" line="39"/>
        <source>Price source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels.py" line="40"/>
        <source>Cloud price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels.py" line="41"/>
        <source>Cloud provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels.py" line="42"/>
        <source>Cloud price date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels.py" line="43"/>
        <source>Cloud source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels.py" line="44"/>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels.py" line="45"/>
        <source>Sources date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels.py" line="46"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels.py" line="50"/>
        <source>Stable slug: lower-case letters, digits and hyphens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels.py" line="51"/>
        <source>Product name as the vendor writes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels.py" line="52"/>
        <source>Company that sells the device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels.py" line="53"/>
        <source>GPU, TPU, NPU, FPGA or ASIC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels.py" line="54"/>
        <source>Market: datacenter, workstation, consumer, edge or cloud-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels.py" line="57"/>
        <source>SXM5, PCIe, OAM, module, chip, …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels.py" line="58"/>
        <source>Year the device was launched or became available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels.py" line="61"/>
        <source>Device memory as the vendor states it (on-chip SRAM for SRAM-only chips).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels.py" line="64"/>
        <source>HBM3, GDDR6X, LPDDR5, SRAM, …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels.py" line="65"/>
        <source>Peak bandwidth of the device memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels.py" line="66"/>
        <source>Dense peak FP64 throughput at FP64, per device, without sparsity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels.py" line="69"/>
        <source>Dense peak FP32 throughput at FP32, per device, without sparsity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels.py" line="72"/>
        <source>Dense peak TF32 tensor throughput at TF32, per device, without sparsity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels.py" line="75"/>
        <source>Dense peak FP16 tensor (FP32 accumulate) throughput at FP16, per device, without sparsity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels.py" line="79"/>
        <source>Dense peak BF16 tensor (FP32 accumulate) throughput at BF16, per device, without sparsity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels.py" line="83"/>
        <source>Dense peak FP8 tensor throughput at FP8, per device, without sparsity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels.py" line="86"/>
        <source>Dense peak FP4 tensor throughput at FP4, per device, without sparsity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels.py" line="89"/>
        <source>Dense peak INT8 tensor throughput at INT8, per device, without sparsity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels.py" line="92"/>
        <source>Whether 2:4 structured sparsity doubles the tensor rate (yes/no).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels.py" line="95"/>
        <source>Board, module or chip power (TDP/TBP) as the vendor states it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels.py" line="98"/>
        <source>Device-to-device bandwidth (NVLink, Infinity Fabric, ICI, HCCS, …), total per device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels.py" line="102"/>
        <source>Launch price of one device in USD (see launch_price_kind).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels.py" line="105"/>
        <source>msrp (vendor list price), street (reported selling price) or estimate (named analyst).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels.py" line="109"/>
        <source>Date of the launch price.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels.py" line="110"/>
        <source>Where the price comes from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels.py" line="111"/>
        <source>On-demand price of one device-hour at the named provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels.py" line="114"/>
        <source>Provider of the cloud price.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels.py" line="115"/>
        <source>Date of the cloud price.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels.py" line="116"/>
        <source>Where the cloud price comes from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels.py" line="117"/>
        <source>Spec sources (http/https), space-separated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels.py" line="118"/>
        <source>Date the specs were checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels.py" line="119"/>
        <source>Caveats: sparse-only figures, per-module, …</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareModel</name>
    <message>
        <location filename="../../gpucompare/ui/compare_model.py" line="88"/>
        <source>{name} (baseline)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComparePanel</name>
    <message>
        <location filename="../../gpucompare/ui/compare_panel.py" line="86"/>
        <source>Compare selected devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/compare_panel.py" line="87"/>
        <source>Select 2–6 devices in the table, then press here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/compare_panel.py" line="88"/>
        <source>Baseline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/compare_panel.py" line="89"/>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/compare_panel.py" line="98"/>
        <source>Select {low} to {high} devices in the table to compare them ({n} selected).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/compare_panel.py" line="119"/>
        <source>Select {low} to {high} devices in the table, then compare them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/compare_panel.py" line="132"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/compare_panel.py" line="173"/>
        <source>Value ÷ largest value in its group</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <location filename="../../gpucompare/ui/details_panel.py" line="55"/>
        <source>Select a device to see its details and sources.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileCommands</name>
    <message>
        <location filename="../../gpucompare/ui/file_commands.py" line="59"/>
        <source>Merged {n} device rows from {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/file_commands.py" line="71"/>
        <source>Open catalog file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/file_commands.py" line="73"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/file_commands.py" line="84"/>
        <source>Showing the bundled catalog only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/file_commands.py" line="99"/>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/file_commands.py" line="100"/>
        <source>Nothing was written.

{error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/file_commands.py" line="110"/>
        <source>Export table as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/file_commands.py" line="112"/>
        <location filename="../../gpucompare/ui/file_commands.py" line="178"/>
        <location filename="../../gpucompare/ui/file_commands.py" line="195"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/file_commands.py" line="126"/>
        <source>Exported {n} rows to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/file_commands.py" line="136"/>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/file_commands.py" line="138"/>
        <source>SVG images (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/file_commands.py" line="142"/>
        <source>Export chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/file_commands.py" line="156"/>
        <source>Chart saved to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/file_commands.py" line="166"/>
        <source>Nothing to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/file_commands.py" line="167"/>
        <source>Compare 2–6 devices first: select them in the table and press Compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/file_commands.py" line="176"/>
        <source>Export comparison as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/file_commands.py" line="188"/>
        <source>Comparison saved to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/file_commands.py" line="207"/>
        <source>Saved {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/file_commands.py" line="217"/>
        <source>Export training result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/file_commands.py" line="229"/>
        <source>Export training ranking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/file_commands.py" line="241"/>
        <source>Export inference ranking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/file_commands.py" line="265"/>
        <source>&lt;h3&gt;gpucompare {version}&lt;/h3&gt;&lt;p&gt;Compare AI accelerators — GPUs, TPUs, NPUs, FPGAs and other AI chips — and price training runs, offline, with a source behind every number.&lt;/p&gt;&lt;p&gt;Catalog: {total} devices ({counts}). Empty cells mean unknown; throughput is dense (no sparsity).&lt;/p&gt;&lt;p&gt;Qt for Python {qt}. MIT licence.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/file_commands.py" line="274"/>
        <source>About gpucompare</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message>
        <location filename="../../gpucompare/ui/filter_panel.py" line="118"/>
        <source>Search name, vendor, form factor… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/filter_panel.py" line="119"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/filter_panel.py" line="120"/>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/filter_panel.py" line="121"/>
        <source>Vendor (none ticked = all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/filter_panel.py" line="122"/>
        <source>Ranges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/filter_panel.py" line="127"/>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/filter_panel.py" line="127"/>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/filter_panel.py" line="127"/>
        <source>Power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/filter_panel.py" line="127"/>
        <source>Released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/filter_panel.py" line="131"/>
        <source>min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/filter_panel.py" line="131"/>
        <source>max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/filter_panel.py" line="132"/>
        <source>Only devices with a price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/filter_panel.py" line="133"/>
        <source>Only devices I can rent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/filter_panel.py" line="135"/>
        <source>Devices with an on-demand cloud price in the catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/filter_panel.py" line="137"/>
        <source>Reset filters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InferencePanel</name>
    <message>
        <location filename="../../gpucompare/ui/inference_panel.py" line="221"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/inference_panel.py" line="222"/>
        <source>Shape (custom model)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/inference_panel.py" line="223"/>
        <location filename="../../gpucompare/ui/inference_panel.py" line="259"/>
        <location filename="../../gpucompare/ui/inference_panel.py" line="389"/>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/inference_panel.py" line="224"/>
        <location filename="../../gpucompare/ui/inference_panel.py" line="445"/>
        <source>Weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/inference_panel.py" line="225"/>
        <source>Context (tokens)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/inference_panel.py" line="226"/>
        <source>Ranking: at most devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/inference_panel.py" line="230"/>
        <location filename="../../gpucompare/ui/inference_panel.py" line="446"/>
        <source>KV cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/inference_panel.py" line="231"/>
        <source>Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/inference_panel.py" line="232"/>
        <location filename="../../gpucompare/ui/inference_panel.py" line="346"/>
        <location filename="../../gpucompare/ui/inference_panel.py" line="390"/>
        <source>Devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/inference_panel.py" line="234"/>
        <source>layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/inference_panel.py" line="235"/>
        <source>hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/inference_panel.py" line="236"/>
        <source>heads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/inference_panel.py" line="237"/>
        <source>KV heads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/inference_panel.py" line="238"/>
        <source>model default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/inference_panel.py" line="246"/>
        <source>A preset (shapes from the model cards) or a parameter count such as 70B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/inference_panel.py" line="249"/>
        <source>as weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/inference_panel.py" line="252"/>
        <source>Use selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/inference_panel.py" line="253"/>
        <source>Model and hardware</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/inference_panel.py" line="254"/>
        <source>Result (upper bounds, not forecasts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/inference_panel.py" line="255"/>
        <source>Which filtered devices can serve it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/inference_panel.py" line="256"/>
        <source>Explain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/inference_panel.py" line="257"/>
        <source>Export ranking CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/inference_panel.py" line="258"/>
        <source>Chart:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/inference_panel.py" line="259"/>
        <source>Why it cannot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/inference_panel.py" line="320"/>
        <source>choose a device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/inference_panel.py" line="349"/>
        <source>Memory available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/inference_panel.py" line="355"/>
        <source>tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/inference_panel.py" line="355"/>
        <source>tokens/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/inference_panel.py" line="374"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/inference_panel.py" line="374"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/inference_panel.py" line="375"/>
        <source>Fits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/inference_panel.py" line="391"/>
        <location filename="../../gpucompare/ui/inference_panel.py" line="413"/>
        <source>Memory used (GB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/inference_panel.py" line="392"/>
        <source>Largest batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/inference_panel.py" line="394"/>
        <source>Decode ≤ tok/s/seq</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/inference_panel.py" line="396"/>
        <source>Prefill ≤ tok/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/inference_panel.py" line="399"/>
        <source>≥ {c} per 1M tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/inference_panel.py" line="409"/>
        <source>Cost per 1M tokens ({c})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/inference_panel.py" line="412"/>
        <source>Devices needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/inference_panel.py" line="417"/>
        <source>{n} of {total} filtered devices cannot serve it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/inference_panel.py" line="422"/>
        <source>Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/inference_panel.py" line="422"/>
        <source>Cannot serve ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/inference_panel.py" line="435"/>
        <source>How the result is computed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/inference_panel.py" line="447"/>
        <source>Overhead allowance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/inference_panel.py" line="448"/>
        <source>Total memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/inference_panel.py" line="449"/>
        <source>Minimum devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/inference_panel.py" line="450"/>
        <source>Largest batch at this context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/inference_panel.py" line="451"/>
        <source>Largest context at this batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/inference_panel.py" line="454"/>
        <source>Decode bound per sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/inference_panel.py" line="457"/>
        <source>Decode bound, all sequences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/inference_panel.py" line="460"/>
        <source>Prefill bound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/inference_panel.py" line="461"/>
        <source>Cost per million generated tokens</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gpucompare/ui/main_window.py" line="254"/>
        <source>gpucompare — AI accelerator comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/main_window.py" line="255"/>
        <source>Scatter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/main_window.py" line="256"/>
        <source>Ranking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/main_window.py" line="257"/>
        <source>Trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/main_window.py" line="258"/>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/main_window.py" line="259"/>
        <source>Compare hardware</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/main_window.py" line="260"/>
        <source>Training cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/main_window.py" line="261"/>
        <source>Inference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/main_window.py" line="262"/>
        <source>Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/main_window.py" line="263"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/main_window.py" line="264"/>
        <source> Precision (dense): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/main_window.py" line="266"/>
        <source>Every FLOPS column, metric and chart uses the dense peak at this precision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/main_window.py" line="268"/>
        <source> Currency: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/main_window.py" line="269"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/main_window.py" line="270"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/main_window.py" line="271"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/main_window.py" line="272"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/main_window.py" line="273"/>
        <source>&amp;Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/main_window.py" line="274"/>
        <source>C&amp;urrency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/main_window.py" line="275"/>
        <source>Exchange &amp;rates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/main_window.py" line="276"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/main_window.py" line="277"/>
        <source>Large amounts in 万 / 亿 (Chinese)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/main_window.py" line="278"/>
        <source>&amp;Open catalog file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/main_window.py" line="279"/>
        <source>&amp;Remove my catalog files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/main_window.py" line="280"/>
        <source>&amp;Export table as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/main_window.py" line="281"/>
        <source>Export chart as &amp;PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/main_window.py" line="282"/>
        <source>Export chart as &amp;SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/main_window.py" line="283"/>
        <source>Export &amp;comparison as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/main_window.py" line="284"/>
        <source>CSV for E&amp;xcel (UTF-8 with BOM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/main_window.py" line="285"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/main_window.py" line="286"/>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/main_window.py" line="287"/>
        <source>Co&amp;mpare selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/main_window.py" line="288"/>
        <source>&amp;Reset filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/main_window.py" line="289"/>
        <source>&amp;About gpucompare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/main_window.py" line="330"/>
        <source>Showing {shown} of {total} devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/main_window.py" line="333"/>
        <source>{n} selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/main_window.py" line="335"/>
        <source>{n} user file(s) merged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Metric</name>
    <message>
        <location filename="../../gpucompare/ui/labels.py" line="123"/>
        <source>{p} peak (dense)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels.py" line="124"/>
        <source>{p} {t} per 1,000 {c}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels.py" line="125"/>
        <source>{p} {t} per watt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels.py" line="126"/>
        <source>Memory per 1,000 {c}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels.py" line="127"/>
        <source>Bandwidth per {p} FLOP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels.py" line="128"/>
        <source>Cloud cost per {p} PFLOP-hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels.py" line="132"/>
        <source>Dense peak throughput at the chosen precision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels.py" line="133"/>
        <source>Dense peak throughput per 1,000 of launch price.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels.py" line="136"/>
        <source>Dense peak throughput per watt of rated power.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels.py" line="137"/>
        <source>Gigabytes of device memory per 1,000 of launch price.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels.py" line="140"/>
        <source>Bytes of memory bandwidth per dense FLOP: higher means less memory-bound.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/labels.py" line="143"/>
        <source>On-demand price of one hour of one dense PFLOP/s at the chosen precision.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RangeEdit</name>
    <message>
        <location filename="../../gpucompare/ui/range_edit.py" line="55"/>
        <source>min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/range_edit.py" line="55"/>
        <source>max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/range_edit.py" line="104"/>
        <source>The maximum is below the minimum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/range_edit.py" line="114"/>
        <source>Type a number such as 80 or 1500.5, or leave empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RankingPanel</name>
    <message>
        <location filename="../../gpucompare/ui/ranking_panel.py" line="79"/>
        <source>Metric:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/ranking_panel.py" line="80"/>
        <source>Show best:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RatesDialog</name>
    <message>
        <location filename="../../gpucompare/ui/rates_dialog.py" line="30"/>
        <source>Exchange rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/rates_dialog.py" line="36"/>
        <source>The catalog stays in USD; prices are converted for display at these rates. Edit a rate to use your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/rates_dialog.py" line="46"/>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/rates_dialog.py" line="47"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/rates_dialog.py" line="48"/>
        <source>Per 1 USD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/rates_dialog.py" line="49"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/rates_dialog.py" line="50"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/rates_dialog.py" line="59"/>
        <source>Reset to the bundled rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/rates_dialog.py" line="101"/>
        <source>{code}: type a positive number, e.g. 7.1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScatterPanel</name>
    <message>
        <location filename="../../gpucompare/ui/scatter_panel.py" line="145"/>
        <source>X:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/scatter_panel.py" line="146"/>
        <source>Y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/scatter_panel.py" line="148"/>
        <source>log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/scatter_panel.py" line="149"/>
        <source>Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/scatter_panel.py" line="150"/>
        <source>Pareto frontier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/scatter_panel.py" line="152"/>
        <source>Devices no other device beats on both axes (in the better direction of each).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/scatter_panel.py" line="234"/>
        <source>labels off: {n} points (at most {m})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingPanel</name>
    <message>
        <location filename="../../gpucompare/ui/training_panel.py" line="272"/>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/training_panel.py" line="272"/>
        <location filename="../../gpucompare/ui/training_panel.py" line="285"/>
        <source>Pricing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/training_panel.py" line="272"/>
        <location filename="../../gpucompare/ui/training_panel.py" line="613"/>
        <source>Energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/training_panel.py" line="272"/>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/training_panel.py" line="277"/>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/training_panel.py" line="278"/>
        <source>Training tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/training_panel.py" line="279"/>
        <source>Or FLOPs budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/training_panel.py" line="280"/>
        <location filename="../../gpucompare/ui/training_panel.py" line="334"/>
        <location filename="../../gpucompare/ui/training_panel.py" line="678"/>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/training_panel.py" line="281"/>
        <source>Precision (dense)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/training_panel.py" line="282"/>
        <location filename="../../gpucompare/ui/training_panel.py" line="589"/>
        <location filename="../../gpucompare/ui/training_panel.py" line="679"/>
        <source>Devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/training_panel.py" line="283"/>
        <location filename="../../gpucompare/ui/training_panel.py" line="590"/>
        <source>MFU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/training_panel.py" line="286"/>
        <source>Price per device-hour ({c})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/training_panel.py" line="287"/>
        <source>Purchase price per device ({c})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/training_panel.py" line="288"/>
        <source>Server and facility overhead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/training_panel.py" line="289"/>
        <source>Useful life (years)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/training_panel.py" line="290"/>
        <source>Utilisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/training_panel.py" line="291"/>
        <source>Average draw (× rated power)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/training_panel.py" line="292"/>
        <source>PUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/training_panel.py" line="293"/>
        <source>Grid carbon (kg CO₂/kWh)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/training_panel.py" line="294"/>
        <source>Electricity ({c}/kWh)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/training_panel.py" line="295"/>
        <source>Optimizer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/training_panel.py" line="296"/>
        <source>Sharding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/training_panel.py" line="297"/>
        <source>Sequence length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/training_panel.py" line="298"/>
        <source>Micro-batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/training_panel.py" line="300"/>
        <source>Layers (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/training_panel.py" line="301"/>
        <source>Hidden size (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/training_panel.py" line="306"/>
        <source>e.g. 7B, 70B, 1.3T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/training_panel.py" line="307"/>
        <source>e.g. 300B, 2T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/training_panel.py" line="308"/>
        <source>optional, e.g. 8.4e23</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/training_panel.py" line="309"/>
        <source>e.g. 1024</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/training_panel.py" line="310"/>
        <source>e.g. 30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/training_panel.py" line="312"/>
        <location filename="../../gpucompare/ui/training_panel.py" line="313"/>
        <source>derived from parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/training_panel.py" line="317"/>
        <source>Compute-optimal (20 per parameter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/training_panel.py" line="318"/>
        <source>Chinchilla: D = 20 × N (Hoffmann et al. 2022)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/training_panel.py" line="319"/>
        <source>Use selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/training_panel.py" line="320"/>
        <source>Take the device selected in the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/training_panel.py" line="321"/>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/training_panel.py" line="322"/>
        <source>Finish in days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/training_panel.py" line="323"/>
        <source>Show the low–high band of the MFU presets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/training_panel.py" line="324"/>
        <source>Cloud (rent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/training_panel.py" line="325"/>
        <source>Owned (buy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/training_panel.py" line="326"/>
        <source>Activation recomputation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/training_panel.py" line="327"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/training_panel.py" line="328"/>
        <source>The same run on every filtered device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/training_panel.py" line="329"/>
        <source>Explain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/training_panel.py" line="330"/>
        <source>Export result CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/training_panel.py" line="331"/>
        <source>Export ranking CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/training_panel.py" line="332"/>
        <source>Chart:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/training_panel.py" line="334"/>
        <source>Why it is left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/training_panel.py" line="353"/>
        <source>Custom value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/training_panel.py" line="481"/>
        <location filename="../../gpucompare/ui/training_panel.py" line="486"/>
        <source>catalog: {v}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/training_panel.py" line="483"/>
        <location filename="../../gpucompare/ui/training_panel.py" line="488"/>
        <source>no catalog price: type one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/training_panel.py" line="500"/>
        <source>default {v}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/training_panel.py" line="526"/>
        <source>choose a device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/training_panel.py" line="573"/>
        <source>included in the cloud price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/training_panel.py" line="577"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/training_panel.py" line="577"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/training_panel.py" line="584"/>
        <source>Training compute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/training_panel.py" line="588"/>
        <source>Tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/training_panel.py" line="590"/>
        <source>Model FLOPs utilisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/training_panel.py" line="593"/>
        <source>Wall-clock time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/training_panel.py" line="594"/>
        <source>{h} h ({d} days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/training_panel.py" line="601"/>
        <location filename="../../gpucompare/ui/training_panel.py" line="681"/>
        <source>Device-hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/training_panel.py" line="607"/>
        <source>Compute cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/training_panel.py" line="617"/>
        <source>Energy cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/training_panel.py" line="620"/>
        <source>Total cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/training_panel.py" line="626"/>
        <source>CO₂</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/training_panel.py" line="632"/>
        <source>Memory per device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/training_panel.py" line="633"/>
        <source>{need} of {have} GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/training_panel.py" line="638"/>
        <source>Fits in memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/training_panel.py" line="641"/>
        <source>Minimum devices that fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/training_panel.py" line="651"/>
        <source>MFU {a:g}–{b:g}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/training_panel.py" line="652"/>
        <source>{d1}–{d2} days, {c1}–{c2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/training_panel.py" line="658"/>
        <source>The same run at the lowest and highest MFU preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/training_panel.py" line="680"/>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/training_panel.py" line="682"/>
        <source>Total ({c})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/training_panel.py" line="683"/>
        <source>Compute ({c})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/training_panel.py" line="684"/>
        <source>Energy (kWh)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/training_panel.py" line="685"/>
        <location filename="../../gpucompare/ui/training_panel.py" line="698"/>
        <source>CO₂ (kg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/training_panel.py" line="686"/>
        <source>Memory/device (GB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/training_panel.py" line="687"/>
        <source>Min. devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/training_panel.py" line="696"/>
        <source>Total cost ({c})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/training_panel.py" line="697"/>
        <source>Wall-clock days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/training_panel.py" line="702"/>
        <source>{n} of {total} filtered devices cannot be priced or cannot run it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/training_panel.py" line="707"/>
        <source>Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/training_panel.py" line="707"/>
        <source>Left out ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/training_panel.py" line="716"/>
        <source>How the result is computed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrendPanel</name>
    <message>
        <location filename="../../gpucompare/ui/trend_panel.py" line="61"/>
        <source>Metric:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/trend_panel.py" line="94"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Value</name>
    <message>
        <location filename="../../gpucompare/ui/formatting.py" line="60"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gpucompare/ui/formatting.py" line="62"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
