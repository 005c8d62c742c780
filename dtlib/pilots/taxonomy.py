"""The indicator taxonomy of pilot outcomes: what each figure measures, and in which units.

Each indicator belongs to a domain (connectivity, smartphones, e-payment, ...), is an
outcome, a piece of context or an input, and admits a few units and bases. The *base*
says what a percentage is a share of (households, adults, working-age people, ...) or
what a count counts: "90% of households" and "90% of adults" are different quantities
and are never compared with each other.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd

# Unit code -> how it is written.
UNITS = {
    "percent": "%",
    "count": "number",
    "million_vnd_per_person_year": "million VND per person per year",
    "billion_vnd": "billion VND",
    "times": "multiple of the earlier level (a relative claim with an unstated base)",
    "hectares": "ha",
}

# Base code -> what a share is of, or what a count counts.
BASES = {
    "residents": "all residents",
    "adults": "adults",
    "working_age": "people of working age",
    "residents_14plus": "residents aged 14 and over",
    "officials": "commune and village officials",
    "households": "households",
    "villages": "villages (thôn, xóm)",
    "communes": "communes and townships",
    "cultural_houses": "village cultural houses",
    "area": "the territory of the unit",
    "dossiers": "administrative dossiers",
    "procedures": "administrative procedures within the commune's competence",
    "documents_incoming": "incoming official documents",
    "documents_outgoing": "outgoing official documents",
    "businesses": "businesses",
    "business_households": "household businesses",
    "businesses_and_business_households": "businesses and household businesses",
    "households_and_businesses": "households and businesses",
    "agencies_and_households": "agencies and households",
    "cameras": "security cameras",
    "camera_systems": "security camera systems",
    "wifi_users": "simultaneous users of a public wifi point",
    "teams": "community digital technology teams",
    "booths": "booths (shops) on an e-commerce platform",
    "criteria": "criteria of a smart-village or smart-commune standard",
    "rice_area": "rice area",
    "sales_volume": "sales volume",
    "income": "income",
    "budget_total": "total budget from all sources",
}

KINDS = ("outcome", "context", "input")


@dataclass(frozen=True)
class Indicator:
    code: str
    domain: str
    kind: str  # outcome, context or input
    name_en: str
    name_vi: str
    units: tuple[str, ...]
    bases: tuple[str, ...]


def _i(code, domain, name_en, name_vi, units, bases, kind="outcome") -> Indicator:
    return Indicator(code, domain, kind, name_en, name_vi, tuple(units), tuple(bases))


INDICATORS: tuple[Indicator, ...] = (
    _i("internet_access", "connectivity", "Internet access or use", "Tiếp cận, sử dụng Internet",
       ["percent", "count"], ["households", "residents", "villages"]),
    _i("fibre_broadband", "connectivity", "Fibre broadband", "Internet băng rộng cáp quang",
       ["percent", "count"], ["households", "villages"]),
    _i("mobile_coverage", "connectivity", "3G/4G/5G mobile coverage", "Phủ sóng di động 3G/4G/5G",
       ["percent"], ["villages", "households", "residents"]),
    _i("public_wifi", "connectivity", "Free public wifi", "Wifi công cộng miễn phí",
       ["percent", "count"], ["area", "cultural_houses", "wifi_users"]),
    _i("smartphone_use", "smartphones", "Smartphone use or ownership", "Sử dụng điện thoại thông minh",
       ["percent", "count"], ["residents", "adults", "working_age", "households", "officials", "business_households"]),
    _i("smart_device_ownership", "smartphones", "At least one smartphone, tablet or computer",
       "Có ít nhất một thiết bị thông minh", ["percent", "count"], ["households", "working_age"]),
    _i("epayment_accounts", "e_payment", "Electronic payment accounts", "Tài khoản thanh toán điện tử",
       ["percent"], ["residents", "adults", "working_age", "households"]),
    _i("epayment_use", "e_payment", "Paying electronically (by smartphone)", "Thanh toán điện tử",
       ["percent"], ["adults", "households"]),
    _i("cashless_merchants", "e_payment", "Businesses accepting cashless payment",
       "Cơ sở kinh doanh thanh toán không dùng tiền mặt", ["percent"],
       ["businesses", "business_households", "businesses_and_business_households"]),
    _i("online_dossiers", "online_public_services", "Administrative dossiers handled online",
       "Hồ sơ thủ tục hành chính trực tuyến", ["percent"], ["dossiers"]),
    _i("one_stop_procedures", "online_public_services", "Procedures handled on the electronic one-stop system",
       "Thủ tục giải quyết trên hệ thống một cửa điện tử", ["percent"], ["procedures"]),
    _i("public_service_accounts", "online_public_services", "Accounts on the public-service portal",
       "Tài khoản dịch vụ công", ["percent"], ["working_age", "residents"]),
    _i("online_fee_payment", "online_public_services", "Dossiers paid online", "Hồ sơ thanh toán trực tuyến",
       ["percent"], ["dossiers"]),
    _i("digital_id", "online_public_services", "Electronic identification (VNeID) accounts",
       "Tài khoản định danh điện tử (VNeID)", ["percent"], ["residents_14plus", "adults"]),
    _i("digital_skills", "digital_skills", "Skills to use online public and key digital services",
       "Kỹ năng sử dụng dịch vụ công trực tuyến và dịch vụ số thiết yếu", ["percent"], ["working_age"]),
    _i("electronic_documents", "e_government", "Official documents handled electronically",
       "Văn bản xử lý trên hệ thống quản lý văn bản", ["percent"], ["documents_incoming", "documents_outgoing"]),
    _i("digitally_signed_documents", "digital_signatures", "Outgoing documents digitally signed",
       "Văn bản đi được ký số", ["percent"], ["documents_outgoing"]),
    _i("personal_digital_signatures", "digital_signatures", "People with a personal digital signature",
       "Người dân có chữ ký số cá nhân", ["percent"], ["residents"]),
    _i("ecommerce_booths", "e_commerce", "Booths on a local e-commerce platform",
       "Gian hàng trên sàn thương mại điện tử", ["count"], ["booths"]),
    _i("ecommerce_sales_change", "e_commerce", "Sales after listing on e-commerce, relative to before",
       "Sản lượng bán ra so với trước", ["times"], ["sales_volume"]),
    _i("ecommerce_income_change", "e_commerce", "Income from e-commerce products, relative to before",
       "Thu nhập so với trước", ["times"], ["income"]),
    _i("online_selling", "e_commerce", "Selling or promoting online", "Quảng bá, bán hàng trực tuyến",
       ["percent"], ["households_and_businesses"]),
    _i("digital_address", "digital_address", "Digital (postal) address on the digital map",
       "Mã địa chỉ số trên bản đồ số", ["percent"], ["agencies_and_households", "households"]),
    _i("security_cameras", "security", "Security cameras", "Camera an ninh",
       ["count", "percent"], ["cameras", "camera_systems", "area", "households"]),
    _i("community_digital_teams", "community_support", "Community digital technology teams",
       "Tổ công nghệ số cộng đồng", ["count"], ["teams"]),
    _i("smart_village_criteria", "smart_village", "Criteria of the smart-village standard met",
       "Tiêu chí thôn thông minh đạt được", ["count"], ["criteria"]),
    _i("smart_villages", "smart_village", "Smart villages built", "Thôn thông minh", ["count"], ["villages"]),
    _i("communes_implementing", "programme_reach", "Communes implementing the commune-level model",
       "Xã triển khai mô hình chuyển đổi số cấp xã", ["count"], ["communes"]),
    _i("drone_farming_area", "agriculture", "Area farmed with drones", "Diện tích sản xuất bằng thiết bị bay",
       ["hectares"], ["rice_area"]),
    _i("income_per_capita", "income", "Income per person", "Thu nhập bình quân đầu người",
       ["million_vnd_per_person_year"], ["residents"]),
    _i("population", "context", "Population", "Dân số", ["count"], ["residents"], kind="context"),
    _i("households_total", "context", "Households", "Số hộ", ["count"], ["households"], kind="context"),
    _i("ethnic_minority_share", "context", "Ethnic-minority share of the population", "Tỷ lệ người dân tộc thiểu số",
       ["percent"], ["residents"], kind="context"),
    _i("poor_households_share", "context", "Poor households", "Tỷ lệ hộ nghèo", ["percent"], ["households"],
       kind="context"),
    _i("pilot_budget", "inputs", "Budget of the pilot", "Kinh phí thực hiện mô hình", ["billion_vnd"],
       ["budget_total"], kind="input"),
)

_BY_CODE = {i.code: i for i in INDICATORS}
INDICATOR_CODES = tuple(_BY_CODE)
DOMAINS = tuple(dict.fromkeys(i.domain for i in INDICATORS))


def indicator(code: str) -> Indicator:
    """An indicator by code; an unknown code raises listing the valid ones."""
    try:
        return _BY_CODE[code]
    except KeyError:
        raise ValueError(f"unknown pilot indicator {code!r}; valid: {', '.join(INDICATOR_CODES)}") from None


def unit_and_base_misfit(code: str, unit: str, base: str) -> tuple[str, tuple[str, ...]] | None:
    """None if ``unit`` and ``base`` are allowed for the indicator, else the misfit ("unit" or "base")
    and the values allowed there."""
    found = indicator(code)
    if unit not in found.units:
        return "unit", found.units
    if base not in found.bases:
        return "base", found.bases
    return None


def taxonomy() -> "pd.DataFrame":
    """The taxonomy as a table: one row per indicator, with its allowed units and bases."""
    import pandas as pd

    return pd.DataFrame([
        {"indicator": i.code, "domain": i.domain, "kind": i.kind, "name_en": i.name_en, "name_vi": i.name_vi,
         "units": ";".join(i.units), "bases": ";".join(i.bases)}
        for i in INDICATORS
    ])
