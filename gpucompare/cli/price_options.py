"""The price-policy options shared by ``list``, ``show``, ``cost``, ``serve`` and ``stats``."""

from __future__ import annotations

import argparse
import difflib
from dataclasses import dataclass

import pandas as pd

from gpucompare.cli.errors import UsageError
from gpucompare.core.catalog.loading import load_devices_and_prices
from gpucompare.core.catalog.price_policy import (
    CLOUD_POLICIES,
    PROVIDER_PREFIX,
    PURCHASE_POLICIES,
    PricePolicy,
    apply_price_policy,
)
from gpucompare.core.catalog.prices import CLOUD_KINDS
from gpucompare.core.currency import load_currencies


@dataclass(frozen=True)
class PricedCatalog:
    """The catalog as the commands use it, and what it was priced from."""

    catalog: pd.DataFrame
    devices: pd.DataFrame
    prices: pd.DataFrame
    policy: PricePolicy


def add_policy_options(parser: argparse.ArgumentParser) -> None:
    """Add ``--purchase-policy`` and ``--cloud-policy``."""
    parser.add_argument(
        "--purchase-policy",
        type=_purchase_policy,
        default=PricePolicy().purchase,
        metavar="POLICY",
        help=f"which purchase price a device gets: {', '.join(PURCHASE_POLICIES)} "
        f"(default {PricePolicy().purchase}: newest MSRP, else newest street price, "
        "else newest named estimate)",
    )
    parser.add_argument(
        "--cloud-policy",
        type=_cloud_policy,
        default=PricePolicy().cloud,
        metavar="POLICY",
        help=f"which on-demand cloud price a device gets: {', '.join(CLOUD_POLICIES)} or "
        f"{PROVIDER_PREFIX}NAME (default {PricePolicy().cloud}: the cheapest provider's "
        "newest price per device-hour)",
    )


def policy_from_args(args: argparse.Namespace) -> PricePolicy:
    """The price policy the options chose."""
    return PricePolicy(purchase=args.purchase_policy, cloud=args.cloud_policy)


def load_priced(args: argparse.Namespace) -> PricedCatalog:
    """The bundled catalog with ``--catalog`` files merged, priced by the chosen policy.

    A ``provider:NAME`` that no price row names is a usage error listing the providers.
    """
    policy = policy_from_args(args)
    devices, prices = load_devices_and_prices(args.catalog)
    if policy.provider is not None:
        _check_provider(policy.provider, prices)
    catalog = apply_price_policy(devices, prices, policy, load_currencies())
    return PricedCatalog(catalog, devices, prices, policy)


def _check_provider(provider: str, prices: pd.DataFrame) -> None:
    cloud = prices["price_kind"].isin(CLOUD_KINDS) & (prices["provider"] != "")
    known = sorted(set(prices.loc[cloud, "provider"]), key=str.casefold)
    if provider.casefold() in {name.casefold() for name in known}:
        return
    close = difflib.get_close_matches(provider, known, n=1, cutoff=0.5)
    hint = f"; did you mean {PROVIDER_PREFIX}{close[0]}?" if close else ""
    raise UsageError(
        f"--cloud-policy: no price row names the provider {provider!r}{hint} "
        f"(providers: {', '.join(known)})"
    )


def _purchase_policy(text: str) -> str:
    key = text.strip().lower()
    if key not in PURCHASE_POLICIES:
        raise argparse.ArgumentTypeError(
            f"unknown purchase policy {text!r}; choose one of {', '.join(PURCHASE_POLICIES)}"
        )
    return key


def _cloud_policy(text: str) -> str:
    key = text.strip()
    if key.lower() in CLOUD_POLICIES:
        return key.lower()
    if key.lower().startswith(PROVIDER_PREFIX) and key[len(PROVIDER_PREFIX) :].strip():
        return PROVIDER_PREFIX + key[len(PROVIDER_PREFIX) :].strip()
    raise argparse.ArgumentTypeError(
        f"unknown cloud policy {text!r}; choose {', '.join(CLOUD_POLICIES)} or "
        f"{PROVIDER_PREFIX}NAME (e.g. {PROVIDER_PREFIX}AWS)"
    )
