"""Controlled vocabularies of the pilot tables (no heavy imports)."""
from __future__ import annotations

# Level of a pilot unit: a village (thôn, xóm) inside a commune, a commune, or a whole district
# or city when a district-wide programme is the unit reported on.
LEVELS = ("village", "commune", "district")
# Level of the area an indicator row describes: pilot units, or the comparison areas.
AREA_LEVELS = ("village", "commune", "district", "province", "national")
ROLES = ("pilot", "comparison")
# designated: the sources name the unit a pilot of the programme; unclear: described as a model
# or smart commune without a named programme or decision.
PILOT_STATUS = ("designated", "unclear")
# What the sources say about the unit when it was chosen: already ahead (e.g. recognised as a
# model or advanced new-rural commune, or above the province on the indicators), especially
# disadvantaged, or nothing.
SELECTION_STATUS = ("advanced", "disadvantaged", "not_stated")
SPONSOR_LEVELS = ("national", "provincial", "district", "not_stated")
# stated: the source dates the figure; publication: the source gives no date, the article's is used;
# approximate: neither is known exactly, the date is the approximate time of publication.
DATE_BASIS = ("stated", "publication", "approximate")
# stated: the source gives the earlier value; derived: worked out from a stated change.
BASELINE_BASIS = ("stated", "derived")
# Who gives the figure: local officials (commune, district or province), a national agency, a
# journalist's own observation, or not stated.
REPORTED_BY = ("local_officials", "national_agency", "journalist", "not_stated")
YES_NO = ("yes", "no")
