"""Analyses of the tidy tables from ``dtlib.load``: pure functions, no file access.

- :mod:`~dtlib.analysis.series`: one DTI measure in long form (the input of everything else)
- :mod:`~dtlib.analysis.rankings`: rank changes, biggest movers, rank stability
- :mod:`~dtlib.analysis.convergence`: dispersion per edition (sigma) and beta convergence
- :mod:`~dtlib.analysis.regions`: regional summaries and the region filter
- :mod:`~dtlib.analysis.decomposition`: what the known main indices say about a change
- :mod:`~dtlib.analysis.profile`: everything the province profile shows
- :mod:`~dtlib.analysis.merger`: what the 2025 merger did to the DTI picture (the 34 units of ``dti_34``)
- :mod:`~dtlib.analysis.agreement`: rank correlations between indices, with intervals
- :mod:`~dtlib.analysis.determinants`: the DTI's socio-economic determinants (OLS)
- :mod:`~dtlib.analysis.other_indices`: PAPI, PCI and the older indices in one long form
- :mod:`~dtlib.analysis.cross_index`: the DTI against another index, edition by edition
- :mod:`~dtlib.analysis.ols`: the coefficient table of a fitted regression
"""
