"""The core's sentences (:class:`~gpucompare.core.messages.Message`) in the UI language.

``TEMPLATES`` lists every template the core writes, so ``pyside6-lupdate`` extracts
them into the "Message" context; :func:`message_text` translates a message's template
and fills its arguments in (arguments that are messages are translated too). A core
template missing here fails ``tests/ui/test_messages.py``: add it below in the same
words, run ``carry_translations.py`` and translate it. An argument read from a data file
(a :class:`~gpucompare.core.messages.DataLabel`, such as a preset's label) is translated
by :mod:`gpucompare.ui.labels.data_labels`.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from gpucompare.core.messages import DataLabel, Message
from gpucompare.ui.labels.data_labels import data_label

TEMPLATES = (
    QT_TRANSLATE_NOOP(
        "Message", "choose {min_devices} to {max_devices} devices to compare, not {value}"
    ),
    QT_TRANSLATE_NOOP("Message", "not in the catalog: {value}"),
    QT_TRANSLATE_NOOP("Message", "{baseline} is not one of the compared devices"),
    QT_TRANSLATE_NOOP("Message", "no catalog CSV files found"),
    QT_TRANSLATE_NOOP("Message", "duplicate id (also in {file})"),
    QT_TRANSLATE_NOOP("Message", "choose one of {value}, got {purchase}"),
    QT_TRANSLATE_NOOP(
        "Message", "choose cheapest, median or provider:NAME (e.g. provider:AWS), got {cloud}"
    ),
    QT_TRANSLATE_NOOP("Message", "every price needs the id of its device"),
    QT_TRANSLATE_NOOP("Message", "must be an ISO 4217 currency code such as USD, CNY or EUR"),
    QT_TRANSLATE_NOOP("Message", "a cloud price needs its provider"),
    QT_TRANSLATE_NOOP(
        "Message", "an instance price needs the instance name and its instance_devices"
    ),
    QT_TRANSLATE_NOOP("Message", "must be a date like 2024-03-18, 2024-03 or 2024"),
    QT_TRANSLATE_NOOP("Message", "every price needs the http(s) page that states it"),
    QT_TRANSLATE_NOOP("Message", "required column is missing"),
    QT_TRANSLATE_NOOP("Message", "must be a device id: lower-case letters, digits and hyphens"),
    QT_TRANSLATE_NOOP("Message", "a purchase price is per device"),
    QT_TRANSLATE_NOOP(
        "Message",
        "must be the devices in the instance, above 0 and up to {limit} (0.5 for half a device)",
    ),
    QT_TRANSLATE_NOOP("Message", "the year must be between 1990 and 2100"),
    QT_TRANSLATE_NOOP(
        "Message", "sources must be http:// or https:// addresses, separated by spaces"
    ),
    QT_TRANSLATE_NOOP("Message", "amount_low is above amount_high"),
    QT_TRANSLATE_NOOP("Message", "the CSV cannot be read: {error}"),
    QT_TRANSLATE_NOOP("Message", "... and {count} more problems"),
    QT_TRANSLATE_NOOP("Message", "column appears twice in the header"),
    QT_TRANSLATE_NOOP("Message", "a cloud price is per device_hour or per instance_hour"),
    QT_TRANSLATE_NOOP("Message", "must be a number"),
    QT_TRANSLATE_NOOP("Message", "amount lies outside amount_low–amount_high"),
    QT_TRANSLATE_NOOP("Message", "file is empty; expected a CSV header line"),
    QT_TRANSLATE_NOOP("Message", "expected {expected} cells, found {found}"),
    QT_TRANSLATE_NOOP("Message", "no device has this id; did you mean {name}?"),
    QT_TRANSLATE_NOOP("Message", "no device has this id"),
    QT_TRANSLATE_NOOP("Message", "every price needs an amount"),
    QT_TRANSLATE_NOOP("Message", "must be positive"),
    QT_TRANSLATE_NOOP("Message", "implausibly large (over {limit})"),
    QT_TRANSLATE_NOOP(
        "Message",
        "not valid UTF-8 at character {column} (byte 0x{byte}).{hint} Save the file as UTF-8 CSV.",
    ),
    QT_TRANSLATE_NOOP("Message", " It looks GBK/GB18030-encoded (common for Chinese Excel files)."),
    QT_TRANSLATE_NOOP(
        "Message", "file is UTF-16/UTF-32 encoded (it starts with that BOM); save it as UTF-8 CSV"
    ),
    QT_TRANSLATE_NOOP("Message", "file contains NUL bytes: it looks binary, not a CSV text file"),
    QT_TRANSLATE_NOOP("Message", "file is {size} bytes; the limit is {limit} bytes"),
    QT_TRANSLATE_NOOP("Message", "is a folder, not a CSV file"),
    QT_TRANSLATE_NOOP("Message", "no such file"),
    QT_TRANSLATE_NOOP("Message", "permission denied: the file cannot be read"),
    QT_TRANSLATE_NOOP("Message", "cannot be read: {error}"),
    QT_TRANSLATE_NOOP("Message", "not a readable CSV file: {error}"),
    QT_TRANSLATE_NOOP("Message", "not a number (write plain digits, e.g. 80 or 3350.5)"),
    QT_TRANSLATE_NOOP("Message", "NaN or infinity is not allowed; leave the cell empty if unknown"),
    QT_TRANSLATE_NOOP("Message", "must be yes or no (or empty if unknown)"),
    QT_TRANSLATE_NOOP(
        "Message", "every source must be an http:// or https:// URL (separate several with spaces)"
    ),
    QT_TRANSLATE_NOOP("Message", "every row needs an id"),
    QT_TRANSLATE_NOOP("Message", "every row needs at least one http(s) source for its values"),
    QT_TRANSLATE_NOOP(
        "Message",
        "row has {saw} cells but the header has {expected} (an unquoted comma in a value? quote cells that contain commas)",
    ),
    QT_TRANSLATE_NOOP("Message", 'a quoted cell is never closed (unbalanced " quote)'),
    QT_TRANSLATE_NOOP(
        "Message",
        "an id is lower-case letters, digits, dots and hyphens, e.g. nvidia-h100-sxm5-80gb",
    ),
    QT_TRANSLATE_NOOP("Message", "must not be negative"),
    QT_TRANSLATE_NOOP("Message", "must be a whole number"),
    QT_TRANSLATE_NOOP("Message", "a new device needs a {column}"),
    QT_TRANSLATE_NOOP("Message", "file has no header line"),
    QT_TRANSLATE_NOOP("Message", "the header has an empty column name"),
    QT_TRANSLATE_NOOP("Message", "implausible: below {minimum}"),
    QT_TRANSLATE_NOOP("Message", "implausible for one device: over {maximum}{unit}"),
    QT_TRANSLATE_NOOP("Message", "did you mean {name}? "),
    QT_TRANSLATE_NOOP(
        "Message",
        "not a column that can be 'not published' ({hint}a numeric column, memory_type, purchase_price or cloud_price)",
    ),
    QT_TRANSLATE_NOOP(
        "Message",
        "FP8 dense is below FP16 dense on the same device: one of them is wrong (a sparse figure, or a per-board total?)",
    ),
    QT_TRANSLATE_NOOP(
        "Message",
        "BF16 and FP16 dense differ by more than {ratio}x on one device: is one of them sparse or vector-only?",
    ),
    QT_TRANSLATE_NOOP("Message", "... and {count} more rows with the same problem ({reason})"),
    QT_TRANSLATE_NOOP("Message", "the file has a header but no device rows"),
    QT_TRANSLATE_NOOP("Message", "duplicate id (first used on line {line})"),
    QT_TRANSLATE_NOOP("Message", "a new device needs the {column} column"),
    QT_TRANSLATE_NOOP("Message", "the row gives {column} yet lists it as not published"),
    QT_TRANSLATE_NOOP("Message", "header cannot be read: {error}"),
    QT_TRANSLATE_NOOP("Message", "the USD rate is always 1"),
    QT_TRANSLATE_NOOP("Message", "exchange rate must be a positive number, not {per_usd}"),
    QT_TRANSLATE_NOOP("Message", "unknown currency {code}; choose one of {value}"),
    QT_TRANSLATE_NOOP("Message", "must be one of {value}, got {name}"),
    QT_TRANSLATE_NOOP(
        "Message",
        "uses 90% of device memory (gpu_memory_utilization 0.9), tensor parallel, KV cache in blocks of 16 tokens",
    ),
    QT_TRANSLATE_NOOP(
        "Message",
        "uses 79–88% of device memory (mem_fraction_static, lower at larger tensor parallel sizes), tensor parallel, KV cache per token (page size 1)",
    ),
    QT_TRANSLATE_NOOP(
        "Message",
        "gives the KV cache 90% of the memory the weights leave free (free_gpu_memory_fraction 0.9), tensor parallel, KV blocks of 64 tokens",
    ),
    QT_TRANSLATE_NOOP(
        "Message",
        "fills device memory (no reserve; its compute buffers are not counted), splits layers across devices (--split-mode layer) so one device works at a time, context padded to 256 tokens",
    ),
    QT_TRANSLATE_NOOP("Message", "must be a whole number, got {text}"),
    QT_TRANSLATE_NOOP(
        "Message",
        "layers, hidden size, heads and experts describe a custom model: give the model as a parameter count such as 70B",
    ),
    QT_TRANSLATE_NOOP("Message", "must be at least 1, got {max_count}"),
    QT_TRANSLATE_NOOP("Message", "must be a whole number, got {value}"),
    QT_TRANSLATE_NOOP("Message", "must be between 1 and {high}, got {value}"),
    QT_TRANSLATE_NOOP("Message", "must be a model preset or custom model, got {model}"),
    QT_TRANSLATE_NOOP(
        "Message", "{name} supports at most {limit} input + output tokens, got {held}"
    ),
    QT_TRANSLATE_NOOP("Message", "{name} supports at most {limit} tokens, got {held}"),
    QT_TRANSLATE_NOOP("Message", "; did you mean {names}?"),
    QT_TRANSLATE_NOOP("Message", "no device with id {device_id}{hint}"),
    QT_TRANSLATE_NOOP("Message", "at least {n} devices are needed"),
    QT_TRANSLATE_NOOP(
        "Message", "no device count holds it (its replicated KV cache alone outgrows each device)"
    ),
    QT_TRANSLATE_NOOP(
        "Message",
        "Does not fit: needs {total} GB (weights, KV cache and overhead) but {devices} × {memory} GiB = {capacity} GB is available; {needed}. No throughput bound is given.",
    ),
    QT_TRANSLATE_NOOP(
        "Message",
        '{engine}: {rule} ({source}). Device memory is read as GiB (2³⁰ bytes), as vendors\' "GB" of HBM and GDDR are.',
    ),
    QT_TRANSLATE_NOOP(
        "Message", "{gap}; no decode bound, and the prefill bound is its compute term alone."
    ),
    QT_TRANSLATE_NOOP(
        "Message",
        "{gap}; cannot tell whether it fits, and the throughput bounds are those of a model that fits.",
    ),
    QT_TRANSLATE_NOOP("Message", "no memory-bandwidth figure"),
    QT_TRANSLATE_NOOP(
        "Message",
        "KV cache not modelled: the model's layers and heads are unknown (give layers, hidden size and heads). Memory counts weights and overhead only, so the real need is larger.",
    ),
    QT_TRANSLATE_NOOP(
        "Message",
        "Mixture of experts: all {params}B parameters are held in memory and a token uses {active}B. At batch {batch} each layer touches about {experts} × (1 − (1 − {chosen}/{experts})^{batch}) = {touched} of its {experts} experts (if tokens route evenly), so a decode step reads {read} GB of weights.",
    ),
    QT_TRANSLATE_NOOP(
        "Message",
        "Multi-head latent attention: the KV cache holds {latent} latent elements per token per layer, far less than the grouped-query formula 2 × KV heads × head size would give.",
    ),
    QT_TRANSLATE_NOOP(
        "Message",
        "Sliding-window attention: a sequence caches and attends to at most {window} tokens.",
    ),
    QT_TRANSLATE_NOOP(
        "Message",
        "Layers split over {devices} devices: one works at a time, so decode and prefill are bounded by one device's bandwidth and peak.",
    ),
    QT_TRANSLATE_NOOP(
        "Message",
        "The catalog has no dense peak at any precision {weights} can compute in ({choices}) for this device: no prefill bound, and decode is bounded by memory bandwidth alone.",
    ),
    QT_TRANSLATE_NOOP(
        "Message",
        "{weights} weights ({bits} bits per weight with scales) are always weight-only: they are dequantised to {compute} for compute, so compute bounds use the {compute} peak.",
    ),
    QT_TRANSLATE_NOOP(
        "Message",
        "{weights} weights run weight-only on this device (dequantised to {compute}, its fastest path for them), so compute bounds use the {compute} peak. Memory and decode still gain from the smaller weights.",
    ),
    QT_TRANSLATE_NOOP(
        "Message",
        "{weights} weights compute at {compute} on this device (its fastest path for them): compute bounds use its {compute} peak.",
    ),
    QT_TRANSLATE_NOOP(
        "Message", "The catalog has no cloud price for this device: no cost per token."
    ),
    QT_TRANSLATE_NOOP(
        "Message",
        "Cost per million tokens is a bound, not a forecast: it assumes every step runs at its roofline bound with every device busy.",
    ),
    QT_TRANSLATE_NOOP(
        "Message",
        "Mixture of experts: all {params}B parameters are held in memory, but a token uses {active}B. Without the expert count and experts per token, decode counts only those; at batches above 1 sequences route to different experts and read more weights, so the decode bound is optimistic.",
    ),
    QT_TRANSLATE_NOOP(
        "Message",
        "The latent is one head: each of the {devices} tensor-parallel devices holds all of it, so the KV cache is stored {devices} times.",
    ),
    QT_TRANSLATE_NOOP(
        "Message",
        "The {heads} KV heads do not split evenly over {devices} devices: each device holds ceil(KV heads / devices) of them, so some are replicated and the KV cache takes more memory in total.",
    ),
    QT_TRANSLATE_NOOP(
        "Message",
        "Tensor parallel over {devices} devices: the bounds assume weights and KV cache split evenly and ignore communication between the devices.",
    ),
    QT_TRANSLATE_NOOP(
        "Message",
        "Input and output prices each cost their phase run on its own; the cost per generated token lets prefill and decode overlap (chunked prefill), so it can be less than their sum.",
    ),
    QT_TRANSLATE_NOOP("Message", "must be one of {choices}, got {value}"),
    QT_TRANSLATE_NOOP("Message", "must be a whole number of at least 1, got {max_devices}"),
    QT_TRANSLATE_NOOP("Message", "must be one of {value}, got {sort}"),
    QT_TRANSLATE_NOOP("Message", "unknown column"),
    QT_TRANSLATE_NOOP("Message", "must be one of {choices}"),
    QT_TRANSLATE_NOOP("Message", "unknown column; did you mean {name}?"),
    QT_TRANSLATE_NOOP("Message", "{where}: {key} must be a whole number, got {value}"),
    QT_TRANSLATE_NOOP("Message", "{where}: no {key}, needed to count parameters"),
    QT_TRANSLATE_NOOP("Message", "{file}: expected a JSON object, got {name}"),
    QT_TRANSLATE_NOOP("Message", "{where}: {key} must be a positive whole number, got {value}"),
    QT_TRANSLATE_NOOP("Message", "{file}: no such file"),
    QT_TRANSLATE_NOOP("Message", "{file}: cannot read it ({error})"),
    QT_TRANSLATE_NOOP("Message", "{file}, line {lineno}: not valid JSON ({msg})"),
    QT_TRANSLATE_NOOP("Message", "{where}: no {key}; is this a transformer config.json?"),
    QT_TRANSLATE_NOOP("Message", "no preset {key}{hint} (known: {value})"),
    QT_TRANSLATE_NOOP("Message", "give heads (with layers and hidden size) with KV heads"),
    QT_TRANSLATE_NOOP("Message", "must be a number, got {value}"),
    QT_TRANSLATE_NOOP("Message", "must be between {low} and {high}, got {value}"),
    QT_TRANSLATE_NOOP("Message", "cannot exceed the experts ({experts}), got {experts_per_token}"),
    QT_TRANSLATE_NOOP("Message", "give the expert count with the experts per token"),
    QT_TRANSLATE_NOOP(
        "Message",
        "a mixture of experts needs fewer active parameters than total parameters and fewer experts per token than experts",
    ),
    QT_TRANSLATE_NOOP("Message", "must divide the hidden size ({hidden}) evenly, got {heads}"),
    QT_TRANSLATE_NOOP(
        "Message", "cannot exceed the attention heads ({attention_heads}), got {kv_heads}"
    ),
    QT_TRANSLATE_NOOP(
        "Message", "must divide the attention heads ({attention_heads}) evenly, got {kv_heads}"
    ),
    QT_TRANSLATE_NOOP("Message", "layers, hidden size and heads go together: give all three"),
    QT_TRANSLATE_NOOP("Message", "70B, 1.3T, 7e9 or 7,000,000"),
    QT_TRANSLATE_NOOP("Message", "expected text such as {examples}, got {text}"),
    QT_TRANSLATE_NOOP("Message", "is empty; enter a number such as {examples}"),
    QT_TRANSLATE_NOOP("Message", "{text} is not a number; enter one such as {examples}"),
    QT_TRANSLATE_NOOP(
        "Message", "must be positive, got {stripped}; enter a number such as {examples}"
    ),
    QT_TRANSLATE_NOOP("Message", "{stripped} is too large; enter a number such as {examples}"),
    QT_TRANSLATE_NOOP(
        "Message", "must be greater than zero, got {stripped}; enter a number such as {examples}"
    ),
    QT_TRANSLATE_NOOP(
        "Message",
        "written by a newer gpucompare (scenario version {version}, this one reads {reads}); settings it does not know are listed here and not restored",
    ),
    QT_TRANSLATE_NOOP("Message", "expected a list, got {value}"),
    QT_TRANSLATE_NOOP("Message", "too many files ({count}, at most {max_catalogs})"),
    QT_TRANSLATE_NOOP("Message", "file: larger than {limit} bytes; not a scenario"),
    QT_TRANSLATE_NOOP("Message", "file: expected a JSON object, got {value}"),
    QT_TRANSLATE_NOOP("Message", "format: expected {format}; this is not a scenario file"),
    QT_TRANSLATE_NOOP("Message", "version: expected a whole number ≥ 1, got {value}"),
    QT_TRANSLATE_NOOP("Message", "not known to this version of gpucompare; ignored"),
    QT_TRANSLATE_NOOP("Message", "{value} is not one of {choices}"),
    QT_TRANSLATE_NOOP("Message", "expected an object, got {value}"),
    QT_TRANSLATE_NOOP("Message", "expected an object with path and sha256, got {value}"),
    QT_TRANSLATE_NOOP("Message", "file: {error}"),
    QT_TRANSLATE_NOOP("Message", "file: not UTF-8 text"),
    QT_TRANSLATE_NOOP("Message", "file: not valid JSON ({error})"),
    QT_TRANSLATE_NOOP("Message", "expected 64 lowercase hex digits"),
    QT_TRANSLATE_NOOP("Message", "a number"),
    QT_TRANSLATE_NOOP("Message", "text"),
    QT_TRANSLATE_NOOP("Message", "a list"),
    QT_TRANSLATE_NOOP("Message", "an object"),
    QT_TRANSLATE_NOOP("Message", "cannot be restored"),
    QT_TRANSLATE_NOOP("Message", "{path}: {message}"),
    QT_TRANSLATE_NOOP("Message", "expected a number, got {value}"),
    QT_TRANSLATE_NOOP("Message", "the number is too large or not finite"),
    QT_TRANSLATE_NOOP("Message", "the number is too large (at most {max_number})"),
    QT_TRANSLATE_NOOP("Message", "expected text, got {value}"),
    QT_TRANSLATE_NOOP("Message", "the text is too long ({count} characters, at most {max_text})"),
    QT_TRANSLATE_NOOP("Message", "expected a list of texts, got {value}"),
    QT_TRANSLATE_NOOP("Message", "too many entries ({count}, at most {limit})"),
    QT_TRANSLATE_NOOP("Message", "expected a list of {count} values, got {value}"),
    QT_TRANSLATE_NOOP("Message", "expected {count} values, got {found}"),
    QT_TRANSLATE_NOOP("Message", "expected true or false, got {value}"),
    QT_TRANSLATE_NOOP("Message", "{value} is not an allowed value"),
    QT_TRANSLATE_NOOP("Message", "catalogs[{number}].path: file not found: {file}"),
    QT_TRANSLATE_NOOP(
        "Message", "catalogs[{number}].path: {file} has changed since the scenario was saved"
    ),
    QT_TRANSLATE_NOOP("Message", "{label}: not in the catalog, left out: {ids}"),
    QT_TRANSLATE_NOOP("Message", "catalogs: {summary}"),
    QT_TRANSLATE_NOOP("Message", "no {names} or {last} figure"),
    QT_TRANSLATE_NOOP("Message", "give a model preset or a config.json, not both"),
    QT_TRANSLATE_NOOP("Message", "must be cloud or owned, got {pricing}"),
    QT_TRANSLATE_NOOP("Message", "{text} is not a number"),
    QT_TRANSLATE_NOOP(
        "Message", "must be a whole number of 1 or more (e.g. 8, 512 or 4k), got {value}"
    ),
    QT_TRANSLATE_NOOP(
        "Message",
        "{source}: the parameter count of this architecture cannot be worked out from its config; give the parameters",
    ),
    QT_TRANSLATE_NOOP("Message", "give the parameters (e.g. 70B) or a model"),
    QT_TRANSLATE_NOOP("Message", "must be a number, got NaN"),
    QT_TRANSLATE_NOOP("Message", "must be finite, got infinity"),
    QT_TRANSLATE_NOOP("Message", " ({what})"),
    QT_TRANSLATE_NOOP("Message", "must be in ({low}, {high}]{hint}, got {number}"),
    QT_TRANSLATE_NOOP("Message", "must be in [{low}, {high}]{hint}, got {number}"),
    QT_TRANSLATE_NOOP("Message", "must be a whole number from {low} to {high}, got {value}"),
    QT_TRANSLATE_NOOP("Message", "fraction of price"),
    QT_TRANSLATE_NOOP("Message", "years"),
    QT_TRANSLATE_NOOP("Message", "fraction of hours in use"),
    QT_TRANSLATE_NOOP("Message", "per year, e.g. 0.1"),
    QT_TRANSLATE_NOOP("Message", "USD per kW and month"),
    QT_TRANSLATE_NOOP("Message", "fraction of the capital"),
    QT_TRANSLATE_NOOP("Message", "fraction of rated power"),
    QT_TRANSLATE_NOOP("Message", "1 is a perfect facility"),
    QT_TRANSLATE_NOOP("Message", "USD per kWh"),
    QT_TRANSLATE_NOOP("Message", "kg CO2 per kWh; coal is about 1"),
    QT_TRANSLATE_NOOP("Message", "unknown optimizer {optimizer}; choose {value}"),
    QT_TRANSLATE_NOOP("Message", "unknown sharding {sharding}; choose {value}"),
    QT_TRANSLATE_NOOP("Message", "parameters, e.g. 70B"),
    QT_TRANSLATE_NOOP("Message", "cannot train in {precision}; choose {known}"),
    QT_TRANSLATE_NOOP("Message", "fraction of the dense peak, e.g. 0.4 or 40%"),
    QT_TRANSLATE_NOOP("Message", "must be cloud or owned pricing, got {pricing}"),
    QT_TRANSLATE_NOOP(
        "Message", "give exactly one of: training tokens, compute-optimal, a FLOPs budget"
    ),
    QT_TRANSLATE_NOOP("Message", "{tokens} tokens is more than {max_tokens}"),
    QT_TRANSLATE_NOOP("Message", "give a device count or a target time in days"),
    QT_TRANSLATE_NOOP("Message", "give a device count or a target time in days, not both"),
    QT_TRANSLATE_NOOP(
        "Message", "MFU {mfu} is above {limit}; the best published large runs reach about 0.55"
    ),
    QT_TRANSLATE_NOOP(
        "Message",
        "{params} parameters is below one million; did you mean {guess}B (write the suffix: 70B, 1.3T)?",
    ),
    QT_TRANSLATE_NOOP("Message", "USD per hour"),
    QT_TRANSLATE_NOOP("Message", "USD per device"),
    QT_TRANSLATE_NOOP("Message", "active parameters per token, at most the total"),
    QT_TRANSLATE_NOOP("Message", "low MFU"),
    QT_TRANSLATE_NOOP("Message", "high MFU"),
    QT_TRANSLATE_NOOP("Message", "low MFU {low} is above high MFU {high}"),
    QT_TRANSLATE_NOOP("Message", "tokens, e.g. 2T"),
    QT_TRANSLATE_NOOP("Message", "FLOPs, e.g. 8.4e23"),
    QT_TRANSLATE_NOOP("Message", "days"),
    QT_TRANSLATE_NOOP("Message", "AdamW, mixed precision"),
    QT_TRANSLATE_NOOP("Message", "8-bit Adam"),
    QT_TRANSLATE_NOOP("Message", "SGD with momentum"),
    QT_TRANSLATE_NOOP("Message", "no sharding (plain data parallel)"),
    QT_TRANSLATE_NOOP("Message", "ZeRO-1 (optimizer state sharded)"),
    QT_TRANSLATE_NOOP("Message", "ZeRO-2 (optimizer state and gradients sharded)"),
    QT_TRANSLATE_NOOP("Message", "ZeRO-3 / FSDP (optimizer state, gradients and weights sharded)"),
    QT_TRANSLATE_NOOP(
        "Message", "{name} has {missing} in the catalog, so it cannot be priced for training"
    ),
    QT_TRANSLATE_NOOP(
        "Message", "{name} would need {value} devices, more than {max_devices}; allow more days"
    ),
    QT_TRANSLATE_NOOP("Message", "at MFU {mfu}: {message}"),
    QT_TRANSLATE_NOOP("Message", "unknown preset {key}; give a number or one of {known}"),
    QT_TRANSLATE_NOOP(
        "Message", "no cloud price in the catalog; give a price per device-hour to see the cost"
    ),
    QT_TRANSLATE_NOOP(
        "Message", "no launch price in the catalog; give a purchase price to see the cost"
    ),
    QT_TRANSLATE_NOOP(
        "Message", "no power figure in the catalog, so the energy cost and the total are unknown"
    ),
    QT_TRANSLATE_NOOP(
        "Message", "no {precision} figure: priced at {used}, the device's best training precision"
    ),
    QT_TRANSLATE_NOOP(
        "Message",
        "FP4 training is unproven: no published pre-training run uses it; the MFU assumes no speed-up over FP8",
    ),
    QT_TRANSLATE_NOOP(
        "Message",
        "device count raised to the minimum that fits in memory; the run finishes sooner than the target time",
    ),
    QT_TRANSLATE_NOOP(
        "Message", "no memory figure in the catalog: whether it fits was not checked"
    ),
    QT_TRANSLATE_NOOP(
        "Message", "no power figure in the catalog: energy and CO2 are not estimated"
    ),
    QT_TRANSLATE_NOOP("Message", "{missing}: not published ({columns} in not_published)"),
    QT_TRANSLATE_NOOP("Message", "not published ({columns} in not_published)"),
    QT_TRANSLATE_NOOP("Message", "not entered yet"),
    QT_TRANSLATE_NOOP("Message", "{missing} entered in the catalog yet"),
    QT_TRANSLATE_NOOP("Message", "no memory figure"),
    QT_TRANSLATE_NOOP("Message", "no power figure"),
    QT_TRANSLATE_NOOP(
        "Message",
        "solving the device count for the target time needs a throughput figure: {gap}",
    ),
    QT_TRANSLATE_NOOP("Message", "{gap}; the time, device-hours, energy, cost and CO2 are unknown"),
    QT_TRANSLATE_NOOP("Message", "unknown: {reason}"),
    QT_TRANSLATE_NOOP(
        "Message",
        "TP {tp} × PP {pp} × DP {dp}: of the layouts of {n} devices, the one that needs the least memory per device (without a throughput figure no layout can be timed)",
    ),
    QT_TRANSLATE_NOOP(
        "Message",
        "does not fit at any device count with {sharding}: the memory it cannot split exceeds the device's; try ZeRO-3, recomputation or a smaller micro-batch",
    ),
    QT_TRANSLATE_NOOP(
        "Message", "does not fit in memory on {devices} devices; it needs at least {needed}"
    ),
    QT_TRANSLATE_NOOP("Message", "its best precision"),
    QT_TRANSLATE_NOOP(
        "Message",
        "TP × PP × DP = {product} devices, but the count is {count}",
    ),
    QT_TRANSLATE_NOOP(
        "Message",
        "a pinned data-parallel size fixes the device count; give the count",
    ),
    QT_TRANSLATE_NOOP(
        "Message",
        "data-parallel size",
    ),
    QT_TRANSLATE_NOOP(
        "Message",
        "expert-parallel size",
    ),
    QT_TRANSLATE_NOOP(
        "Message",
        "expert-parallel size {ep} must divide the DP {dp}",
    ),
    QT_TRANSLATE_NOOP(
        "Message",
        "give a layout or single sizes (TP, PP, DP, EP), not both",
    ),
    QT_TRANSLATE_NOOP(
        "Message",
        "must be a time in milliseconds such as 200, got {text}",
    ),
    QT_TRANSLATE_NOOP(
        "Message",
        "must be a time in seconds above 0 and at most 86,400, got {value}",
    ),
    QT_TRANSLATE_NOOP(
        "Message",
        "must be a whole number of 1 or more, got {value}",
    ),
    QT_TRANSLATE_NOOP(
        "Message",
        "must be above 0 and at most 86,400,000 ms, got {text}",
    ),
    QT_TRANSLATE_NOOP(
        "Message",
        "must be from 1 to 100,000, got {value}",
    ),
    QT_TRANSLATE_NOOP(
        "Message",
        "must be from 1 to 1e12 tokens, got {value}",
    ),
    QT_TRANSLATE_NOOP(
        "Message",
        "no interconnect figure in the catalog: tensor parallelism is timed over PCIe 4.0 x16",
    ),
    QT_TRANSLATE_NOOP(
        "Message",
        "no layout of {count} splits the global batch ({sequences} sequences of {length}) over data-parallel ranks × micro-batches of {micro}; use fewer devices or a larger global batch",
    ),
    QT_TRANSLATE_NOOP(
        "Message",
        "pipeline-parallel size",
    ),
    QT_TRANSLATE_NOOP(
        "Message",
        "tensor-parallel size",
    ),
    QT_TRANSLATE_NOOP(
        "Message",
        "the devices needed",
    ),
    QT_TRANSLATE_NOOP(
        "Message",
        "the pinned sizes multiply to {product}, which does not divide the count of {count} devices",
    ),
    QT_TRANSLATE_NOOP(
        "Message",
        "unknown choice {recompute}; choose {choices}",
    ),
    QT_TRANSLATE_NOOP(
        "Message",
        "unknown network {network}; choose {choices}",
    ),
    QT_TRANSLATE_NOOP(
        "Message",
        "{name}: {reason}",
    ),
    QT_TRANSLATE_NOOP(
        "Message",
        "{n} devices",
    ),
    QT_TRANSLATE_NOOP(
        "Message",
        "{size} must be a whole number of 1 or more",
    ),
    QT_TRANSLATE_NOOP(
        "Message",
        "{size} must be at most {max}",
    ),
    QT_TRANSLATE_NOOP(
        "Message",
        "{text} is not a layout; write TPxPP, TPxPPxDP or TPxPPxDPxEP, e.g. 8x4x16",
    ),
    QT_TRANSLATE_NOOP(
        "Message",
        "{text}: the {size} must be a whole number of 1 or more",
    ),
    QT_TRANSLATE_NOOP("Message", "purchase: {purchase}; cloud: {cloud} (on-demand)"),
    # The formula explanations (core/training/explain*.py, core/inference/explain.py).
    QT_TRANSLATE_NOOP("Message", "({per_token}) × {tokens} = {flops} FLOP"),
    QT_TRANSLATE_NOOP(
        "Message", "({weights} GB of weights + {kv}) / ({working} × {bandwidth} GB/s)"
    ),
    QT_TRANSLATE_NOOP("Message", ", weight-only"),
    QT_TRANSLATE_NOOP("Message", "0 (not modelled)"),
    QT_TRANSLATE_NOOP(
        "Message", "2 (K and V) × {layers} layers × {heads} KV heads × {head_dim} head size"
    ),
    QT_TRANSLATE_NOOP("Message", "6 × {n}"),
    QT_TRANSLATE_NOOP(
        "Message",
        "6 × {n} + 6 × {layers} × {width} × {length} attention (causal: half of 12·L·d·s)",
    ),
    QT_TRANSLATE_NOOP("Message", "= compute cost = {total} (the cloud price includes energy)"),
    QT_TRANSLATE_NOOP(
        "Message", "C = the given budget, {flops} FLOP (D = C / ({per_token}) = {tokens} tokens)"
    ),
    QT_TRANSLATE_NOOP(
        "Message",
        "CO2 = energy × grid intensity = {energy} kWh × {intensity} kg/kWh = {kg} kg ({t} t)",
    ),
    QT_TRANSLATE_NOOP("Message", "DP sync not hidden"),
    QT_TRANSLATE_NOOP("Message", "EP all-to-alls"),
    QT_TRANSLATE_NOOP("Message", "MFU = {mfu} (yours), of the {precision} peak"),
    QT_TRANSLATE_NOOP("Message", "MFU = {mfu} of the {precision} peak: preset {label} ({source})"),
    QT_TRANSLATE_NOOP(
        "Message",
        "MFU = {mfu} of the {precision} peak: preset {label} × {scale} (the {precision} preset's ratio to the 16-bit one) ({source})",
    ),
    QT_TRANSLATE_NOOP(
        "Message",
        "MFU_eff = MFU × compute share = {mfu} × {compute} = {effective}; a step is {parts}",
    ),
    QT_TRANSLATE_NOOP(
        "Message",
        "MFU_eff = MFU × compute share = {mfu} × {compute} = {effective}; a step is {parts}; bubble (PP − 1)/m = {stages}/{m} of the busy time",
    ),
    QT_TRANSLATE_NOOP(
        "Message",
        "T = C / (n × peak × MFU_eff) = {flops} / ({n} × {peak} TFLOPS × {mfu}) = {seconds} s = {hours} h ({days} days)",
    ),
    QT_TRANSLATE_NOOP("Message", "TP all-reduces"),
    QT_TRANSLATE_NOOP(
        "Message",
        "TP {tp} × PP {pp} × DP {dp} ({how}); node of {node}; global batch {batch} sequences = DP {dp} × micro-batch {micro} × m = {m} micro-batches of {length} tokens; {links}",
    ),
    QT_TRANSLATE_NOOP(
        "Message",
        "TP {tp} × PP {pp} × DP {dp} × EP {ep} (experts split inside DP) ({how}); node of {node}; global batch {batch} sequences = DP {dp} × micro-batch {micro} × m = {m} micro-batches of {length} tokens; {links}",
    ),
    QT_TRANSLATE_NOOP("Message", "a larger batch's KV cache no longer fits"),
    QT_TRANSLATE_NOOP(
        "Message", "at batch {batch} a decode step takes longer than the TPOT target"
    ),
    QT_TRANSLATE_NOOP(
        "Message",
        "at {sequences} in flight their prefill and decode take longer than each request may live, TTFT + (output tokens − 1) × TPOT (Little's law)",
    ),
    QT_TRANSLATE_NOOP("Message", "by node class"),
    QT_TRANSLATE_NOOP("Message", "catalog launch price"),
    QT_TRANSLATE_NOOP("Message", "catalog on-demand"),
    QT_TRANSLATE_NOOP("Message", "compute"),
    QT_TRANSLATE_NOOP("Message", "compute + energy = {compute} + {energy} = {total}"),
    QT_TRANSLATE_NOOP("Message", "compute-bound"),
    QT_TRANSLATE_NOOP(
        "Message",
        "cost = bought × T × (capital + colocation per used device-hour); capital = purchase × (1 + overhead) × (1 − resale × (1 + r)^−Y) × r / (1 − (1 + r)^−Y) / (8,760 h × utilisation) = {purchase} ({origin}) × {overhead} × (1 − {resale} × {growth}^−{years}) × {recovery} / (8,760 × {utilization}) = {capital}/h; colocation = {colocation}/kW-month × 12 × {kw} kW / (8,760 × {utilization}) = {colocation_hour}/h; cost = {bought} bought ({devices} in whole nodes of {node}) × {hours} h × (capital + colocation) = {cost}; up-front capital = {bought} × {unit_price} = {upfront}",
    ),
    QT_TRANSLATE_NOOP(
        "Message", "cost = device-hours × price = {hours} × {rate}/h ({origin}) = {total}"
    ),
    QT_TRANSLATE_NOOP("Message", "decode step time / batch"),
    QT_TRANSLATE_NOOP("Message", "dense peak {peak} TFLOPS at {used} (catalog)"),
    QT_TRANSLATE_NOOP(
        "Message",
        "dense peak {peak} TFLOPS at {used}: the catalog has no {precision} figure for this device, so it is priced at its best training precision (BF16, else FP16, TF32, FP32)",
    ),
    QT_TRANSLATE_NOOP("Message", "derived from N with h = 128·L"),
    QT_TRANSLATE_NOOP("Message", "device-hours = n × T = {n} × {hours} h = {device_hours}"),
    QT_TRANSLATE_NOOP("Message", "does not fit"),
    QT_TRANSLATE_NOOP(
        "Message",
        "energy = device-hours × power × draw × (1 + host) × PUE = {device_hours} × {kw} kW × {draw} × (1 + {host_fraction} host, {host}) × {pue} = {energy} kWh",
    ),
    QT_TRANSLATE_NOOP(
        "Message", "energy × electricity price = {energy} kWh × {price}/kWh = {cost}"
    ),
    QT_TRANSLATE_NOOP("Message", "fits"),
    QT_TRANSLATE_NOOP(
        "Message",
        "floor(memory left for the KV cache / ({per_token} bytes per token × {sequences})) = {context}",
    ),
    QT_TRANSLATE_NOOP(
        "Message",
        "floor(memory left for the KV cache / ({per_token} bytes per token × {sequences})) = {context}, capped at the model's {limit} tokens",
    ),
    QT_TRANSLATE_NOOP(
        "Message",
        "floor(memory left for the KV cache / {per_sequence} GB per sequence at {tokens} tokens) = {batch}",
    ),
    QT_TRANSLATE_NOOP("Message", "full recomputation"),
    QT_TRANSLATE_NOOP("Message", "give input and output tokens per request"),
    QT_TRANSLATE_NOOP("Message", "given"),
    QT_TRANSLATE_NOOP("Message", "in-node link {link}; network {network}: {scale_out}"),
    QT_TRANSLATE_NOOP("Message", "memory-bound"),
    QT_TRANSLATE_NOOP(
        "Message",
        "n = TP × PP × DP = {layout}, DP the fewest ranks that meet the target: C / (target × peak × MFU_eff) = {flops} / ({days} days × 86,400 s × {peak} TFLOPS × {mfu}) = {by_time} devices, rounded up to whole ranks",
    ),
    QT_TRANSLATE_NOOP("Message", "n = {n} (given)"),
    QT_TRANSLATE_NOOP("Message", "no KV cache"),
    QT_TRANSLATE_NOOP("Message", "no batch meets {targets}: {why}"),
    QT_TRANSLATE_NOOP("Message", "no bound (see the decode bound)"),
    QT_TRANSLATE_NOOP("Message", "no bound (see the per-sequence bound)"),
    QT_TRANSLATE_NOOP("Message", "no bound (see the prefill bound)"),
    QT_TRANSLATE_NOOP("Message", "no bound: no dense peak at a precision these weights compute in"),
    QT_TRANSLATE_NOOP("Message", "no bound: no memory-bandwidth figure"),
    QT_TRANSLATE_NOOP("Message", "no bound: the model does not fit"),
    QT_TRANSLATE_NOOP("Message", "no cloud price for this device"),
    QT_TRANSLATE_NOOP("Message", "no cloud price or no bound for this device"),
    QT_TRANSLATE_NOOP("Message", "no compute peak"),
    QT_TRANSLATE_NOOP("Message", "no cost: no decode bound"),
    QT_TRANSLATE_NOOP(
        "Message", "no count fits: the replicated KV cache alone outgrows each device"
    ),
    QT_TRANSLATE_NOOP("Message", "no memory figure for this device"),
    QT_TRANSLATE_NOOP("Message", "no recomputation"),
    QT_TRANSLATE_NOOP(
        "Message",
        "none: below 10⁷ sequences the bytes read (weights and the KV cache each sequence adds) outweigh the FLOPs, or a figure is missing",
    ),
    QT_TRANSLATE_NOOP("Message", "none: no layout fits in {usable}"),
    QT_TRANSLATE_NOOP(
        "Message", "not charged separately: the cloud price per device-hour includes energy"
    ),
    QT_TRANSLATE_NOOP("Message", "not computed: KV cache not modelled"),
    QT_TRANSLATE_NOOP("Message", "not computed: no memory figure"),
    QT_TRANSLATE_NOOP("Message", "not even one sequence fits"),
    QT_TRANSLATE_NOOP("Message", "not modelled: the model's layers and heads are unknown"),
    QT_TRANSLATE_NOOP("Message", "one decode step at batch 1 takes longer"),
    QT_TRANSLATE_NOOP("Message", "one decode step at batch {batch} = {ms} ms ({bound})"),
    QT_TRANSLATE_NOOP(
        "Message",
        "one request's prefill and decode take longer than TTFT + (output tokens − 1) × TPOT",
    ),
    QT_TRANSLATE_NOOP("Message", "one {prompt}-token prompt alone takes longer to prefill"),
    QT_TRANSLATE_NOOP(
        "Message",
        "one {prompt}-token prompt: max({tflop} TFLOP / peak, weights read / bandwidth) = {ms} ms",
    ),
    QT_TRANSLATE_NOOP("Message", "pinned"),
    QT_TRANSLATE_NOOP("Message", "pipeline bubble"),
    QT_TRANSLATE_NOOP("Message", "prefill time of the batch's prompts / prompt tokens"),
    QT_TRANSLATE_NOOP("Message", "preset {label}"),
    QT_TRANSLATE_NOOP("Message", "recomputation"),
    QT_TRANSLATE_NOOP("Message", "searched: the fastest that fits memory and the batch"),
    QT_TRANSLATE_NOOP("Message", "selective recomputation (FlashAttention)"),
    QT_TRANSLATE_NOOP(
        "Message",
        "step ≥ max({bytes_part}, {compute}) = {ms} ms, {bound}; 1 / step = {rate} tokens/s",
    ),
    QT_TRANSLATE_NOOP("Message", "the decode step time / {sequences}"),
    QT_TRANSLATE_NOOP(
        "Message", "the fewest devices on which some layout fits: {n}; memory {usable}"
    ),
    QT_TRANSLATE_NOOP(
        "Message",
        "the fewest devices whose usable memory holds {weights} GB of weights and {kv} GB of KV cache (more where tensor parallelism replicates KV heads) = {n}",
    ),
    QT_TRANSLATE_NOOP("Message", "the largest batch whose bounds meet {targets} = {batch}; {why}"),
    QT_TRANSLATE_NOOP("Message", "the same link"),
    QT_TRANSLATE_NOOP(
        "Message",
        "the smallest batch whose decode FLOPs / peak reach its bytes read / bandwidth at {context} tokens of context = {batch}",
    ),
    QT_TRANSLATE_NOOP(
        "Message", "the time B requests take (prefill and decode) / (B × output tokens)"
    ),
    QT_TRANSLATE_NOOP("Message", "unknown"),
    QT_TRANSLATE_NOOP("Message", "unknown: the catalog has no memory figure for this device"),
    QT_TRANSLATE_NOOP("Message", "unknown: the catalog has no power figure for this device"),
    QT_TRANSLATE_NOOP("Message", "unknown: the energy is unknown"),
    QT_TRANSLATE_NOOP("Message", "unknown: {note}"),
    QT_TRANSLATE_NOOP("Message", "your price"),
    QT_TRANSLATE_NOOP("Message", "your price, applied to every device"),
    QT_TRANSLATE_NOOP("Message", "yours"),
    QT_TRANSLATE_NOOP("Message", "{first} and {second}"),
    QT_TRANSLATE_NOOP("Message", "{first}, {rest}"),
    QT_TRANSLATE_NOOP("Message", "{formula} = {total}"),
    QT_TRANSLATE_NOOP(
        "Message", "{formula} with D = {ratio} × N (compute-optimal, Chinchilla): {total}"
    ),
    QT_TRANSLATE_NOOP("Message", "{gb} GB of KV cache"),
    QT_TRANSLATE_NOOP("Message", "{half} GB/s each way (the catalog's {own} GB/s, both ways)"),
    QT_TRANSLATE_NOOP("Message", "{layers} layers × {latent} latent elements"),
    QT_TRANSLATE_NOOP("Message", "{needed} GB needed per device, {usable} usable: {verdict}"),
    QT_TRANSLATE_NOOP("Message", "{n} active (of {total})"),
    QT_TRANSLATE_NOOP("Message", "{n} sequence"),
    QT_TRANSLATE_NOOP("Message", "{n} sequences"),
    QT_TRANSLATE_NOOP(
        "Message",
        "{optimizer}: {weights} + {gradients} + {moments} = {state_bytes} bytes/param over TP × PP = {tp_pp}; {sharding} over DP = {dp}: states {unsplit} + {split} / {dp} GB; activations ({recompute}, ÷ TP, L = {layers}, h = {hidden}, {origin}) {activations} GB; logits 4·s·b·V/TP with V = {vocab}: {logits} GB; total {total} GB",
    ),
    QT_TRANSLATE_NOOP("Message", "{overhead} GB of {capacity} left unused: {engine} {rule}"),
    QT_TRANSLATE_NOOP(
        "Message",
        "{params} parameters at {precision}: {body} bits per weight with scales, embedding table {embedding} bits and output head {head} bits (vocab × hidden each) = {gb} GB",
    ),
    QT_TRANSLATE_NOOP("Message", "{params} parameters × {per} byte ({precision}) = {gb} GB"),
    QT_TRANSLATE_NOOP("Message", "{params} parameters × {per} bytes ({precision}) = {gb} GB"),
    QT_TRANSLATE_NOOP("Message", "{part} {share}"),
    QT_TRANSLATE_NOOP("Message", "{per_token} × {tokens} = {flops} FLOP"),
    QT_TRANSLATE_NOOP(
        "Message",
        "{per_token}; × {tokens} tokens held (prompt + output, capped at any sliding window, rounded up to {block}-token blocks) × {sequences} = {gb} GB",
    ),
    QT_TRANSLATE_NOOP(
        "Message",
        "{per_token}; × {tokens} tokens held (prompt + output, capped at any sliding window, rounded up to {block}-token blocks) × {sequences} × {copies} (replicated over tensor-parallel devices) = {gb} GB",
    ),
    QT_TRANSLATE_NOOP(
        "Message",
        "{price} {currency}/h × {devices} devices × {what} × 10⁶ = {cost} {currency} (bound, not a forecast)",
    ),
    QT_TRANSLATE_NOOP(
        "Message",
        "{sequences} / max(all bytes / bandwidth, all FLOPs / peak) over their prefill ({prompt} tokens each) and {generated} decode steps = {rate} per second, {bound}",
    ),
    QT_TRANSLATE_NOOP("Message", "{sequences} × {per_sequence} = {total} tokens/s"),
    QT_TRANSLATE_NOOP(
        "Message",
        "{sequences} × {prompt} prompt tokens / max(FLOPs / ({working} × {peak} {unit} {precision} dense{how}), weights read / bandwidth), with (2 × {params} parameters) + attention = {gflop} GFLOP per prompt token = {rate} tokens/s",
    ),
    QT_TRANSLATE_NOOP("Message", "{shape} × {kv_bytes} = {per_token} bytes per token"),
    QT_TRANSLATE_NOOP("Message", "{size} byte ({precision})"),
    QT_TRANSLATE_NOOP("Message", "{size} bytes ({precision})"),
    QT_TRANSLATE_NOOP("Message", "{text}; raised to {n}, the fewest on which it fits in memory"),
    QT_TRANSLATE_NOOP(
        "Message",
        "{tflop} TFLOP ({sequences} × (2 × {params} + attention at {context} tokens)) / ({working} × {peak} {unit})",
    ),
    QT_TRANSLATE_NOOP(
        "Message",
        "{usable} GB (the vendor's {vendor} GB are GiB, 2^30 bytes each, less {headroom} headroom)",
    ),
    QT_TRANSLATE_NOOP("Message", "{value} GB/s each way ({label})"),
    QT_TRANSLATE_NOOP("Message", "{value} GB/s per device each way"),
    QT_TRANSLATE_NOOP(
        "Message", "{weights} + {kv} + {overhead} = {total} GB of {capacity}: {verdict}"
    ),
)


def message_text(text: object) -> str:
    """``text`` in the UI language when it is a Message or a data file's label; other text
    as it is."""
    if isinstance(text, DataLabel):
        return data_label(text)
    if not isinstance(text, Message):
        return str(text)
    args = {name: message_text(value) for name, value in text.args.items()}
    return QCoreApplication.translate("Message", text.template).format(**args)
