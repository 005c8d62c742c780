"""Analysis functions on the tidy tables of ``dtlib.load``: plain functions, tested on small frames."""
