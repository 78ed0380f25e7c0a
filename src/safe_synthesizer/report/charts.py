"""Collects the figures of a page and hands out the container markup for each."""

from __future__ import annotations


class Charts:
    """``add(figure)`` returns a ``<div class="chart">`` placeholder; ``figures`` feeds the script."""

    def __init__(self) -> None:
        self.figures: list[dict] = []

    def add(self, figure: dict, *, small: bool = False) -> str:
        index = len(self.figures)
        self.figures.append(figure)
        css = "chart small" if small else "chart"
        return f'<div class="{css}" id="chart-{index}" data-chart-index="{index}"></div>'
