"""A fixed, reproducible layout for the network page and picture (seeded spring layout, rounded)."""

from __future__ import annotations

import math

import networkx as nx
import numpy as np

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
    a component of 600 nodes took 9-12 s there, well under a second here).

    The n x n arrays are computed in place in buffers made once: the same floating-point operations
    in the same order as writing them as expressions, without allocating several n x n arrays per step.
    """
    n = adjacency.shape[0]
    pos = np.random.RandomState(seed).rand(n, 2)
    k = np.sqrt(1.0 / n)  # optimal distance between nodes
    temperature = max(pos.max(axis=0) - pos.min(axis=0)) * 0.1
    cooling = temperature / (iterations + 1)
    distance, force, pull = np.empty((n, n)), np.empty((n, n)), np.empty((n, n))
    attraction = np.empty((n, 2))
    symmetric = bool(np.array_equal(adjacency, adjacency.T))  # an undirected graph's: always
    for _ in range(iterations):
        _distances(pos, distance, pull)
        np.maximum(distance, 0.01, out=distance)  # np.clip(distance, 0.01, None): same values, a fifth of the time
        # force = k * k / distance**2 - adjacency * distance / k
        np.multiply(distance, distance, out=force)
        np.divide(k * k, force, out=force)
        np.multiply(adjacency, distance, out=pull)
        np.divide(pull, k, out=pull)
        np.subtract(force, pull, out=force)
        # sum_j (pos_i - pos_j) * force_ij, without the n x n x 2 array of differences
        if symmetric:
            _weighted_sum(force, pos, pull, attraction)
        else:
            attraction = np.einsum("ij,jk->ik", force, pos)
        displacement = pos * force.sum(axis=1)[:, None] - attraction
        length = np.linalg.norm(displacement, axis=-1)
        length = np.where(length < 0.01, 0.1, length)
        step = displacement * (temperature / length)[:, None]
        pos += step
        temperature -= cooling
        if np.linalg.norm(step) / n < 1e-4:
            break
    return pos


def _distances(pos: np.ndarray, out: np.ndarray, scratch: np.ndarray) -> None:
    """Euclidean distances between all rows of ``pos`` (n x 2) into ``out``: sqrt(dx*dx + dy*dy), the
    sum in the order of ``scipy.spatial.distance.cdist`` (x then y), so the values are the same bits."""
    x, y = pos[:, 0], pos[:, 1]
    np.subtract(x[:, None], x[None, :], out=out)
    np.multiply(out, out, out=out)
    np.subtract(y[:, None], y[None, :], out=scratch)
    np.multiply(scratch, scratch, out=scratch)
    np.add(out, scratch, out=out)
    np.sqrt(out, out=out)


def _weighted_sum(force: np.ndarray, pos: np.ndarray, scratch: np.ndarray, out: np.ndarray) -> None:
    """``out = einsum("ij,jk->ik", force, pos)`` for a symmetric ``force``, the same bits 2-3 times faster.

    einsum adds the products for j = 0, 1, … one after the other, starting from 0.0; so does a reduction
    over the rows of ``force[j, i] * pos[j, k]`` (= ``force[i, j] * pos[j, k]`` by symmetry) with
    ``initial=0.0``. Symmetry holds bit for bit: distances and adjacency are symmetric by construction.
    """
    for k in range(pos.shape[1]):
        np.multiply(force, pos[:, k, None], out=scratch)
        np.add.reduce(scratch, axis=0, out=out[:, k], initial=0.0)
