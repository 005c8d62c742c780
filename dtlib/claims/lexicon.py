"""How Vietnamese news names the indices a ranking claim can be about.

Patterns match the ``folded`` view (lower case, no diacritics; see :mod:`.text`). Each
names an index of :data:`dtlib.vocabulary.INDEX_CODES`, or is

* ``OTHER``: an index outside the vocabulary (a PCI component, an ICT Index sub-index, a
  DTI main index other than cybersecurity, the satisfaction index SIPAS, ...). A rank
  tied to it is no claim, and it must not be mistaken for a neighbouring index
  ("hoạt động kinh tế số" is not the digital-economy pillar);
* ``NOISE``: a phrase that contains an index's words but names no ranking ("Ngày Chuyển
  đổi số quốc gia", "Chương trình chuyển đổi số").

Where matches overlap the longest wins, so a specific phrase beats the words inside it.
A *weak* name ("chuyển đổi số" alone, "mức độ ứng dụng CNTT") can tie a rank to an
index in the same sentence but does not set the index a later sentence inherits.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

OTHER = "other"
NOISE = "noise"

_IT = r"(?:cong nghe thong tin|cntt)"
_ICT = r"(?:cong nghe thong tin(?: va truyen thong| - truyen thong| – truyen thong)?|cntt(?:-tt| - tt)?)"


@dataclass(frozen=True)
class IndexName:
    code: str
    pattern: re.Pattern[str]
    weak: bool = False


def _names(code: str, *patterns: str, weak: bool = False) -> list[IndexName]:
    return [IndexName(code, re.compile(rf"(?<![a-z0-9]){p}(?![a-z0-9])"), weak) for p in patterns]


INDEX_NAMES: tuple[IndexName, ...] = tuple(
    _names("dti", r"p?dti(?: cap tinh)?", r"chi so (?:danh gia )?(?:chuyen doi so|cds)(?: cap tinh)?",
           r"(?:bang )?xep hang (?:muc do )?(?:chuyen doi so|cds)(?: cap tinh)?",
           r"danh gia (?:muc do )?(?:chuyen doi so|cds)(?: cap tinh)?", r"muc do (?:chuyen doi so|cds)")
    + _names("dti", r"chuyen doi so", weak=True)
    + _names("dti_gov", r"chinh quyen (?:(?:ky|ki) thuat )?so(?: cap tinh)?", r"cqs")
    + _names("dti_econ", r"kinh te (?:(?:ky|ki) thuat )?so(?: cap tinh)?", r"kts")
    + _names("dti_soc", r"xa hoi (?:(?:ky|ki) thuat )?so(?: cap tinh)?", r"xhs")
    + _names("cybersecurity", r"an toan(?:,)? (?:an ninh|thong tin) mang", r"an toan thong tin", r"attt(?:m)?")
    + _names("ict_index", r"(?:viet ?nam )?ict[ -]?index", r"chi so ict",
             rf"(?:chi so |muc do )?san sang (?:cho )?(?:phat trien va ung dung|ung dung va phat trien|ung dung) {_ICT}(?: viet nam)?")
    + _names("egov", rf"(?:chi so )?(?:danh gia )?(?:tong the )?(?:muc do )?ung dung {_IT},? (?:va )?phat trien chinh (?:phu|quyen) dien tu",
             rf"(?:muc do )?ung dung {_IT} (?:trong|cua) (?:hoat dong cua )?(?:cac )?co quan nha nuoc",
             r"(?:xep hang |muc do )?phat trien chinh (?:phu|quyen) dien tu")
    # "xếp thứ 4 về ứng dụng công nghệ thông tin"
    + _names("egov", rf"muc do ung dung {_IT}", rf"(?<=ve )ung dung {_IT}(?! (?:phuc vu|trong|cho|tai|cua|de|vao)(?![a-z]))",
             r"chinh (?:phu|quyen) dien tu", weak=True)
    + _names("par_index", r"(?:chi so )?cai cach hanh chinh", r"cchc", r"par[ -]?index")
    + _names("par_modernisation", r"(?:chi so )?hien dai hoa (?:nen )?hanh chinh")
    + _names("papi", r"papi(?: tong hop)?", r"(?:chi so )?(?:hieu qua )?quan tri va hanh chinh cong(?: cap tinh)?")
    # "chỉ số cạnh tranh cấp tỉnh" is the PCI said short; the WEF's global index is a country's rank
    + _names("pci", r"pci", r"(?:chi so )?nang luc canh tranh(?: cap tinh)?",
             r"chi so canh tranh(?: cap tinh)?(?! (?:toan cau|quoc gia|du lich|binh dang))")
    # "Theo công bố của VCCI ..., Lâm Đồng xếp ở vị trí 23/63": the PCI's publisher names it
    + _names("pci", r"vcci", weak=True)
    + _names(OTHER, r"hoat dong (?:chinh quyen|kinh te|xa hoi) so", r"(?:ty|ti) trong kinh te so",
             r"nhan thuc so", r"the che so", r"ha tang so", r"nhan luc so", r"do thi thong minh",
             rf"ha tang (?:ky|ki) thuat(?: {_IT})?", rf"ha tang nhan luc(?: {_IT})?", rf"nhan luc {_IT}",
             rf"cong nghiep {_IT}", rf"ung dung {_IT} trong hoat dong noi bo",
             r"(?:cong )?dich vu cong(?: truc tuyen)?", r"sipas", r"pgi",
             # the government's monthly service index (Decision 766/QĐ-TTg): "Bộ chỉ số phục vụ người dân và
             # doanh nghiệp", "Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp"
             r"(?:bo )?chi so (?:chi dao,? dieu hanh va danh gia )?(?:chat luong )?phuc vu nguoi dan,? (?:va )?doanh nghiep",
             # SIPAS in full: "Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của ... nhà nước"
             r"chi so hai long(?: cua (?:nguoi dan|to chuc)[a-z ,]{0,90}?nha nuoc)?",
             # a province's own ranking of its departments in IT application and e-government
             rf"(?:muc do )?(?:ung dung {_IT}|(?:thuc hien )?chinh (?:phu|quyen) dien tu) (?:cua|trong|tai) (?:cac )?"
             r"co quan (?:chuyen mon|hanh chinh nha nuoc tren dia ban)", r"chi so xanh", r"ddci", r"pii",
             r"grdp", r"quan tri dien tu", r"cung ung dich vu cong", r"truc noi dung",
             r"chinh phu so", r"dti (?:cap bo|quoc gia)", r"(?:chuyen doi so|cds) cap bo",
             # a province's own ranking of its departments, districts and communes
             r"(?:dti|chi so (?:chuyen doi so|cds)|(?:chuyen doi so|cds)) (?:(?:cua )?cac (?:so|co quan|don vi|huyen|xa)"
             r"|cap (?:huyen|xa|so|co so))",
             r"chinh phu dien tu cua lien hop quoc", r"cstp",
             # economic rankings that provincial reports give next to the indices
             r"(?:toc do )?tang truong (?:kinh te|grdp)", r"thu ngan sach",
             r"thu hut (?:von )?(?:dau tu|fdi)",
             r"kinh te(?! (?:ky thuat |ki thuat )?so(?![a-z]))(?: [a-z]+){0,4} tang truong",  # "kinh tế Cà Mau tiếp tục tăng trưởng"
             r"(?:von )?fdi", r"(?:kim ngach )?xuat khau", r"thu nhap binh quan",
             # PCI components and PAPI dimensions, often ranked in the same reports
             r"chi phi (?:khong chinh thuc|thoi gian|gia nhap thi truong)", r"tiep can dat dai",
             r"tinh minh bach", r"(?:tinh )?nang dong(?:,)? tien phong", r"tinh nang dong",
             r"canh tranh binh dang", r"ho tro doanh nghiep", r"dao tao lao dong", r"thiet che phap ly",
             r"cai cach thu tuc hanh chinh", r"thu tuc hanh chinh cong", r"kiem soat tham nhung",
             r"trach nhiem giai trinh", r"cong khai, minh bach", r"quan tri moi truong",
             # PAR Index components ("Chỉ số thành phần Cải cách tài chính công xếp thứ 31/63"), named up
             # to the verb that ranks them
             r"cai cach (?:the che|to chuc bo may(?: hanh chinh(?: nha nuoc)?)?|che do cong vu|tai chinh cong)",
             # ("công tác chỉ đạo điều hành của các cấp" in running prose names no component)
             r"(?<=chi so )cong tac chi dao,? dieu hanh", r"cong tac chi dao,? dieu hanh (?:cong tac )?(?:cai cach hanh chinh|cchc)",
             r"cong tac chi dao,? dieu hanh(?= (?:xep|dat|dung|giu|tang|giam)(?![a-z]))",
             # (the component that replaced "hiện đại hóa nền hành chính" in 2023)
             r"(?:chi so )?xay dung va phat trien chinh (?:phu|quyen) dien tu(?:,? (?:va )?chinh (?:phu|quyen) so)?",
             r"(?:tac dong|tieu chi) cua (?:cai cach hanh chinh|cchc)(?: (?:den|toi) [a-z -]{0,40}?)?(?= nam|,|$)",
             # (not the components the vocabulary has: "chỉ số thành phần hiện đại hóa nền hành chính", the pillars)
             r"chi so thanh phan(?! (?:hien dai hoa|chinh quyen so|kinh te so|xa hoi so))(?: (?!(?:xep|dat|tang|giam|la|duoc|nam|o|voi)(?![a-z])|dung (?:thu|dau|hang|vi))[a-z]+|,(?= [a-z]))+")
    + _names(NOISE, r"ngay (?:chuyen doi so|cds)", r"chuong trinh (?:chuyen doi so|cds)",
             r"ban chi dao (?:chuyen doi so|cds)", r"uy ban quoc gia ve (?:chuyen doi so|cds)",
             r"cuc (?:chuyen doi so|cds)", r"(?:chuyen doi so|cds) quoc gia", r"xay dung chinh quyen so",
             r"xay dung chinh (?:phu|quyen) dien tu", r"phat trien kinh te so", r"ke hoach (?:chuyen doi so|cds)",
             r"hoi truyen thong so")
)

# "chỉ số X" where X is none of the names above is some other index ("Chỉ số tính cạnh
# tranh bình đẳng", "các chỉ số thành phần"); "chỉ số này" refers back to the last one.
GENERIC_INDEX = re.compile(r"(?<![a-z0-9])chi so(?![a-z0-9])")
INDEX_ANAPHOR = re.compile(r"(?<![a-z0-9])chi so (?:nay|tren(?! duoi))(?![a-z0-9])")
# ... but "chỉ số" followed by a function word, a number or a level names nothing ("xét chỉ số
# trước khi sáp nhập", "chỉ số tăng 39,8%", "nhóm có chỉ số trung bình cao", "08 chỉ số tổng hợp",
# "có chỉ số vượt 0,9 điểm", "với chỉ số trên dưới 0,9").
GENERIC_NOT_A_NAME = re.compile(
    r"\s*(?:\d|[,.;:)]|(?:truoc|sau|cua|do|cao|thap|tang|giam|dat|la|duoc|va|nam|o|trong|theo|cung|nhung|cac|vuot|tren|duoi|hon|bang"
    r"|trung binh|tong hop|binh quan)(?![a-z0-9]))"
)
# How far (in characters) a known name may start after "chỉ số" and still be the same index
# ("chỉ số đánh giá tổng thể mức độ ứng dụng CNTT").
GENERIC_REACH = 40

# A weak name read as the index under discussion: reports on the ICT Index call it loosely
# "mức độ ứng dụng CNTT", which alone would name MIC's e-government ranking.
WEAK_READINGS = {"egov": ("ict_index",)}

# Indices whose claims share an edition year when a sentence names no year.
FAMILY = {"dti_gov": "dti", "dti_econ": "dti", "dti_soc": "dti", "cybersecurity": "dti",
          "par_modernisation": "par_index"}


def family(code: str) -> str:
    return FAMILY.get(code, code)
