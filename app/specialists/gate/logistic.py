"""L2-regularised binary logistic regression, fitted by Newton's method in numpy.

The same objective as scikit-learn's ``LogisticRegression(C=c)`` (intercept not penalised):
``0.5 * |w|^2 + c * sum(log(1 + exp(z)) - y * z)`` with ``z = X w + b``. The optimum ``w`` lies
in the span of the rows of ``X`` (the gradient says ``w = -c X^T (p - y)``), so with fewer rows
than columns the fit runs in that span, found from the eigenvectors of ``X X^T`` (n x n). A
gate head has a few hundred rows and ~400 columns: a handful of exact Newton steps is quick,
and the installed app does without scikit-learn and SciPy (about 90 MB).
"""

from __future__ import annotations

import numpy as np


def _objective(x: np.ndarray, y: np.ndarray, theta: np.ndarray, c: float) -> float:
    z = x @ theta[:-1] + theta[-1]
    return 0.5 * float(theta[:-1] @ theta[:-1]) + c * float(np.sum(np.logaddexp(0.0, z) - y * z))


def fit_logistic(x: np.ndarray, y: np.ndarray, c: float = 1.0, tol: float = 1e-9,
                 max_iter: int = 100) -> tuple[np.ndarray, float]:
    """Weights and intercept minimising the objective above for 0/1 labels ``y``."""
    x = np.asarray(x, np.float64)
    y = np.asarray(y, np.float64)
    if x.shape[0] < x.shape[1]:
        lam, u = np.linalg.eigh(x @ x.T)
        keep = lam > lam[-1] * 1e-10
        root = np.sqrt(lam[keep])
        basis = (x.T @ u[:, keep]) / root  # orthonormal columns spanning the rows of x
        coef, intercept = fit_logistic(u[:, keep] * root, y, c, tol, max_iter)  # = x @ basis
        return basis @ coef, intercept
    n, d = x.shape
    xb = np.hstack([x, np.ones((n, 1))])
    theta = np.zeros(d + 1)
    reg = np.ones(d + 1)
    reg[-1] = 0.0  # the intercept is not penalised
    value = _objective(x, y, theta, c)
    for _ in range(max_iter):
        p = 1.0 / (1.0 + np.exp(-(xb @ theta)))
        grad = reg * theta + c * (xb.T @ (p - y))
        if np.max(np.abs(grad)) < tol * max(1.0, n):
            break
        hess = (xb.T * (c * p * (1.0 - p))) @ xb
        hess[np.diag_indices_from(hess)] += reg + 1e-12
        step = np.linalg.solve(hess, grad)
        t = 1.0
        while t > 1e-10:  # backtracking: a full Newton step can overshoot far from the optimum
            candidate = theta - t * step
            new_value = _objective(x, y, candidate, c)
            if new_value <= value - 1e-4 * t * float(grad @ step):
                break
            t *= 0.5
        theta, value = candidate, new_value
    return theta[:-1], float(theta[-1])
