"""A fixed, reproducible layout for the network page and picture (seeded spring layout, rounded)."""

from __future__ import annotations

import math

import networkx as nx
import numpy as np
from scipy.spatial.distance import cdist

SEED = 7
SIZE = 1000.0
MARGIN = 40.0
ITERATIONS = 200


def spring(nodes: list[str], edges: list[tuple[str, str]]) -> dict[str, tuple[float, float]]:
    """Positions in [0, SIZE]², rounded to 0.1 so tiny float noise cannot change the output.

    Each connected component is laid out on its own (a spring layout of a disconnected graph throws the
    pieces to the corners) and the pieces are packed in rows, biggest first, each in a square whose
    side grows with the square root of its size.
    """
    if not nodes:
        return {}
    graph = nx.Graph()
    graph.add_nodes_from(sorted(nodes))
    graph.add_edges_from(sorted({tuple(sorted(e)) for e in edges if e[0] != e[1]}))
    components = sorted((sorted(c) for c in nx.connected_components(graph)), key=lambda c: (-len(c), c[0]))
    # Lone nodes (entities with no fact yet) get small cells so they do not crowd out the network.
    sides = [math.sqrt(len(c)) if len(c) > 1 else 0.5 for c in components]
    row_width = max(math.sqrt(sum(s * s for s in sides)) * 1.2, sides[0])
    placed: dict[str, tuple[float, float]] = {}
    x = y = row_height = 0.0
    for component, side in zip(components, sides):
        if x > 0 and x + side > row_width:
            x, y, row_height = 0.0, y + row_height, 0.0
        # A fresh graph in sorted order: a subgraph view would iterate a set (hash-seed dependent).
        piece = nx.Graph()
        piece.add_nodes_from(component)
        piece.add_edges_from(sorted(tuple(sorted(e)) for e in graph.edges(component)))
        for node, (px, py) in _unit_layout(piece).items():
            placed[node] = (x + (0.1 + 0.8 * px) * side, y + (0.1 + 0.8 * py) * side)
        x += side
        row_height = max(row_height, side)
    width = max(p[0] for p in placed.values()) or 1.0
    height = max(p[1] for p in placed.values()) or 1.0
    scale = (SIZE - 2 * MARGIN) / max(width, height)
    return {n: (round(MARGIN + p[0] * scale, 1), round(MARGIN + p[1] * scale, 1)) for n, p in placed.items()}


def _unit_layout(graph: nx.Graph) -> dict[str, tuple[float, float]]:
    """A component's spring layout scaled into [0, 1]²."""
    if graph.number_of_nodes() == 1:
        return {next(iter(graph.nodes)): (0.5, 0.5)}
    nodes = list(graph.nodes)
    adjacency = nx.to_numpy_array(graph, nodelist=nodes, weight=None)
    raw = dict(zip(nodes, _fruchterman_reingold(adjacency, SEED, ITERATIONS).tolist()))
    xs, ys = [p[0] for p in raw.values()], [p[1] for p in raw.values()]
    span_x, span_y = (max(xs) - min(xs)) or 1.0, (max(ys) - min(ys)) or 1.0
    return {n: ((p[0] - min(xs)) / span_x, (p[1] - min(ys)) / span_y) for n, p in raw.items()}


def _fruchterman_reingold(adjacency: np.ndarray, seed: int, iterations: int) -> np.ndarray:
    """Fruchterman-Reingold force-directed placement on a dense adjacency matrix (the algorithm of
    networkx's dense ``spring_layout`` path, which networkx leaves for a slower sparse one above 500 nodes:
    a component of 600 nodes took 9-12 s there, well under a second here)."""
    n = adjacency.shape[0]
    pos = np.random.RandomState(seed).rand(n, 2)
    k = np.sqrt(1.0 / n)  # optimal distance between nodes
    temperature = max(pos.max(axis=0) - pos.min(axis=0)) * 0.1
    cooling = temperature / (iterations + 1)
    for _ in range(iterations):
        distance = cdist(pos, pos)
        np.clip(distance, 0.01, None, out=distance)
        # sum_j (pos_i - pos_j) * force_ij, without the n x n x 2 array of differences
        force = k * k / distance**2 - adjacency * distance / k
        displacement = pos * force.sum(axis=1)[:, None] - np.einsum("ij,jk->ik", force, pos)
        length = np.linalg.norm(displacement, axis=-1)
        length = np.where(length < 0.01, 0.1, length)
        step = displacement * (temperature / length)[:, None]
        pos += step
        temperature -= cooling
        if np.linalg.norm(step) / n < 1e-4:
            break
    return pos
