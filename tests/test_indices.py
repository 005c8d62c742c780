"""ICT Index, PAR Index and e-government ranking: partial tables, hand-checked values, rank look-up, bad input."""
from __future__ import annotations

import pandas as pd
import pytest

from dtlib.schemas import TABLES
from dtlib.vocabulary import INDEX_CODES, INDEX_TABLES
from helpers import edit_raw, run_failing_build

# Hand-checked values come from the cited reports as recorded, with their URLs, in the project's research
# dossier (indices/*.csv); each test names the report.


def _load(name: str) -> pd.DataFrame:
    import dtlib

    return dtlib.load(name).set_index(["year", "province_id"])


def test_egov_2017_ranks_1_to_53_with_ties():
    # egov-2017-vinhphuc: Thừa Thiên Huế 1st (0.727), Hải Dương 31st (0.572), Lạng Sơn 53rd (0.476);
    # Thanh Hóa and Bà Rịa - Vũng Tàu share 17th (0.633), Đắk Nông and Quảng Trị 32nd, Hà Nam is 34th.
    egov = _load("egov")
    assert len(egov) == 53 and sorted(egov["rank"].unique())[-1] == 53
    assert egov.loc[(2017, "pre2025-46"), ["rank", "score"]].tolist() == [1, 0.727]
    assert egov.loc[(2017, "pre2025-30"), ["rank", "score"]].tolist() == [31, 0.572]
    assert egov.loc[(2017, "pre2025-20"), "rank"] == 53
    assert egov.loc[[(2017, "pre2025-38"), (2017, "pre2025-77")], "rank"].tolist() == [17, 17]
    assert egov.loc[(2017, "pre2025-35"), "rank"] == 34 and 33 not in set(egov["rank"])


def test_ict_index_headlines():
    ict = _load("ict_index")
    # ict-2019-cand: Đà Nẵng 1st overall (0.8654); Thừa Thiên Huế 1st in online public services (1.0)
    assert ict.loc[(2019, "pre2025-48"), ["rank", "score"]].tolist() == [1, 0.8654]
    assert ict.loc[(2019, "pre2025-46"), ["online_services_rank", "online_services_score"]].tolist() == [1, 1.0]
    # ict-2016-baodanang: Hồ Chí Minh City and Hà Nội both about 0.589 in technical infrastructure, 2nd and 3rd
    assert ict.loc[(2016, "pre2025-79"), "infrastructure_rank"] == 2
    assert ict.loc[(2016, "pre2025-01"), "infrastructure_rank"] == 3
    # ict-2023-vietbao: Bắc Ninh 4th; its printed 0.664 exceeds the 3rd-placed 0.6514, so no score is kept
    bac_ninh = ict.loc[(2023, "pre2025-27")]
    assert bac_ninh["rank"] == 4 and pd.isna(bac_ninh["score"]) and "0.664" in bac_ninh["note"]
    assert 2021 not in ict.index.get_level_values("year")


def test_par_index_headlines():
    par = _load("par_index")
    # par-2020-mofcom: Quảng Ninh 1st, 91.04%: 57.66 assessed + 9.56 SIPAS + 18.83 leaders + 5 impact
    quang_ninh = par.loc[(2020, "pre2025-22")]
    assert quang_ninh[["rank", "score"]].tolist() == [1, 91.04]
    parts = quang_ninh[["assessed_score", "sipas_score", "leader_survey_score", "socioeconomic_impact_score"]]
    assert parts.sum() == pytest.approx(91.04, abs=0.02)  # the printed parts are rounded
    assert par.loc[(2020, "pre2025-51"), ["rank", "score"]].tolist() == [63, 73.25]  # Quảng Ngãi, last
    # par-2012-vietnamplus: Hà Nội 82.79% with no printed rank
    assert pd.isna(par.loc[(2012, "pre2025-01"), "rank"]) and par.loc[(2012, "pre2025-01"), "score"] == 82.79
    assert par["modernisation_rank"].isna().all()  # no provincial figure found


def test_rank_lookup_for_press_claims_names_existing_columns():
    assert set(INDEX_TABLES) == set(INDEX_CODES)
    for code, (table, column) in INDEX_TABLES.items():
        assert column in TABLES[table].columns, code
        assert ("year", "province_id") == TABLES[table].key[:2], code


def test_a_rank_contradicting_printed_scores_stops_the_build(project_copy, capsys):
    raw = "indices/egov_ranking_2017.csv"
    line = edit_raw(project_copy, raw, "2017,Hải Dương,overall,31,0.572,", "2017,Hải Dương,overall,11,0.572,")
    code, err = run_failing_build(project_copy, capsys)
    assert code == 1
    assert f"{raw}, line {line}, column 'rank': year 2017: published rank 11 contradicts the scores" in err


def test_a_rank_on_an_unranked_component_stops_the_build(project_copy, capsys):
    raw = "indices/par_index_headlines.csv"
    line = edit_raw(project_copy, raw, "2020,Quảng Ninh,sipas,,9.56,", "2020,Quảng Ninh,sipas,2,9.56,")
    code, err = run_failing_build(project_copy, capsys)
    assert code == 1
    assert f"{raw}, line {line}, column 'rank': par_index does not rank provinces on sipas" in err


def test_an_edition_that_does_not_exist_stops_the_build(project_copy, capsys):
    raw = "indices/ict_index_headlines.csv"
    line = edit_raw(project_copy, raw, "2022,Đà Nẵng,overall,1,", "2021,Đà Nẵng,overall,1,")
    code, err = run_failing_build(project_copy, capsys)
    assert code == 1
    assert f"{raw}, line {line}, column 'year': year outside the ict_index series" in err
