"""View › Prices: the price policy that picks each device's purchase and cloud price."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu

from gpucompare.core.catalog.price_policy import PROVIDER_PREFIX
from gpucompare.core.state import AppState

PURCHASE_CHOICES = ("msrp-first", "street-first", "lowest")
CLOUD_CHOICES = ("cheapest", "median")


def cloud_providers(state: AppState) -> list[str]:
    """Providers with an on-demand cloud price, sorted by name."""
    prices = state.prices
    rows = prices[prices["price_kind"] == "cloud_on_demand"]
    names = {str(p).strip() for p in rows["provider"].dropna()}
    return sorted((n for n in names if n), key=str.casefold)


class PricePolicyMenu(QMenu):
    """Purchase and cloud policy as two exclusive groups; writes the state's policy."""

    def __init__(self, state: AppState, parent=None) -> None:
        super().__init__(parent)
        self._state = state
        self.setObjectName("pricesMenu")
        self._purchase_section = self.addSection("")
        self.purchase_group = QActionGroup(self)
        self.purchase_actions: dict[str, QAction] = {}
        for choice in PURCHASE_CHOICES:
            action = self._choice(self.purchase_group, choice)
            action.triggered.connect(lambda _=False, c=choice: self._set(purchase=c))
            self.purchase_actions[choice] = action
        self._cloud_section = self.addSection("")
        self.cloud_group = QActionGroup(self)
        self.cloud_actions: dict[str, QAction] = {}
        for choice in CLOUD_CHOICES:
            self._add_cloud(choice)
        self._provider_menu = QMenu(self)
        self._provider_menu.aboutToShow.connect(self.sync)
        self.addMenu(self._provider_menu)
        state.prices_changed.connect(self.sync)
        self.retranslate()
        if state.price_policy.provider is not None:
            self.sync()

    def _choice(self, group: QActionGroup, data: str, menu: QMenu | None = None) -> QAction:
        action = QAction(self, checkable=True)
        action.setData(data)
        group.addAction(action)
        (menu or self).addAction(action)
        return action

    def _add_cloud(self, choice: str, menu: QMenu | None = None) -> None:
        action = self._choice(self.cloud_group, choice, menu)
        action.triggered.connect(lambda _=False, c=choice: self._set(cloud=c))
        self.cloud_actions[choice] = action

    def _set(self, **changes: str) -> None:
        self._state.set_price_policy(replace(self._state.price_policy, **changes))

    def retranslate(self) -> None:
        """Texts in the UI language."""
        self.setTitle(self.tr("&Prices"))
        self._purchase_section.setText(self.tr("Purchase price"))
        self._cloud_section.setText(self.tr("Cloud price (on-demand, per device-hour)"))
        self._provider_menu.setTitle(self.tr("One provider"))
        texts = {
            "msrp-first": self.tr("MSRP first, else street price"),
            "street-first": self.tr("Street price first, else MSRP"),
            "lowest": self.tr("Lowest known price"),
            "cheapest": self.tr("Cheapest provider"),
            "median": self.tr("Median of the providers"),
        }
        for choice, action in {**self.purchase_actions, **self.cloud_actions}.items():
            action.setText(texts.get(choice, choice.removeprefix(PROVIDER_PREFIX)))
        self._tick()

    def sync(self) -> None:
        """List the providers present and tick the state's policy (the list is made when
        the prices change or the submenu opens, not at start-up)."""
        policy = self._state.price_policy
        providers = cloud_providers(self._state)
        if policy.provider is not None and policy.provider not in providers:
            providers.append(policy.provider)
        wanted = [PROVIDER_PREFIX + p for p in providers]
        listed = [c for c in self.cloud_actions if c.startswith(PROVIDER_PREFIX)]
        if listed != wanted:
            for choice in listed:
                action = self.cloud_actions.pop(choice)
                self.cloud_group.removeAction(action)
                self._provider_menu.removeAction(action)
                action.deleteLater()
            for choice in wanted:
                self._add_cloud(choice, self._provider_menu)
                self.cloud_actions[choice].setText(choice.removeprefix(PROVIDER_PREFIX))
        self._provider_menu.setEnabled(bool(wanted))
        self._tick()

    def _tick(self) -> None:
        policy = self._state.price_policy
        for choice, action in self.purchase_actions.items():
            action.setChecked(choice == policy.purchase)
        for choice, action in self.cloud_actions.items():
            action.setChecked(choice == policy.cloud)
