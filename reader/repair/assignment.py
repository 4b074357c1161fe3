"""Maximum-weight one-to-one assignment (Hungarian method): each tail at most one head and vice versa."""

from __future__ import annotations


def best_assignment(weights: list[list[float]]) -> list[int | None]:
    """For each row the chosen column (or None), maximising the total of positive weights."""
    n = len(weights)
    if n == 0:
        return []
    m = len(weights[0]) + n  # one private "no match" column per row keeps the problem square-free
    cost = [[-w if w > 0 else 0.0 for w in row] + [0.0] * n for row in weights]
    inf = float("inf")
    u = [0.0] * (n + 1)
    v = [0.0] * (m + 1)
    p = [0] * (m + 1)
    way = [0] * (m + 1)
    for i in range(1, n + 1):
        p[0] = i
        j0 = 0
        minv = [inf] * (m + 1)
        used = [False] * (m + 1)
        while True:
            used[j0] = True
            i0 = p[j0]
            delta = inf
            j1 = 0
            row = cost[i0 - 1]
            for j in range(1, m + 1):
                if not used[j]:
                    cur = row[j - 1] - u[i0] - v[j]
                    if cur < minv[j]:
                        minv[j] = cur
                        way[j] = j0
                    if minv[j] < delta:
                        delta = minv[j]
                        j1 = j
            for j in range(m + 1):
                if used[j]:
                    u[p[j]] += delta
                    v[j] -= delta
                else:
                    minv[j] -= delta
            j0 = j1
            if p[j0] == 0:
                break
        while True:
            j1 = way[j0]
            p[j0] = p[j1]
            j0 = j1
            if j0 == 0:
                break
    result: list[int | None] = [None] * n
    cols = len(weights[0])
    for j in range(1, m + 1):
        if p[j] and j - 1 < cols and weights[p[j] - 1][j - 1] > 0:
            result[p[j] - 1] = j - 1
    return result
