"""Writes the registry-import fixtures: UTF-8 and CP949 CSV, and an XLSX with a real date cell.

Run from this folder: python3 make_fixtures.py (standard library only)."""
import zipfile

HEADER = "자치단체,국가,도시,교류형태,체결일,교류분야,의회의결일,의결번호"

good = [HEADER,
        "경기도 안산시,일본,오사카시,우호교류,2001.04.15,문화예술/관광,,",
        "경기도 안산시,베트남,하노이,업무협약(MOU),20150601,교육,,",
        '경기도 안산시,러시아,블라디보스토크,자매결연,2005-07-01,"행정, 경제통상",2005-06-20,제2005-33호',
        "경기도 시흥시,중국,웨이하이시,우호교류,2010-01-01,경제통상,,"]
open("registry-good.csv", "w", encoding="utf-8-sig", newline="").write("\r\n".join(good) + "\r\n")

cp949 = ["자치단체,국가,도시,교류형태,체결일,교류분야",
         "안산시,일본,후쿠오카시,교류의향서,2022-03-03,청소년",
         "안산시,필리핀,마닐라,우호교류,2012-08-08,인적"]
open("registry-cp949.csv", "w", encoding="cp949", newline="").write("\r\n".join(cp949) + "\r\n")

bad = [HEADER,
       "경기도 안산시,중국,칭다오시,우호교류,2011-02-02,관광,,",
       "경기도 안산시,대한민국,부산,우호교류,2011-02-02,관광,,",
       "경기도 안산시,일본,가와사키시,자매결연,2019-01-01,행정,,",
       "경기도 안산시,중국,톈진시,친선,2019-13-01,우주,,"]
open("registry-bad.csv", "w", encoding="utf-8", newline="").write("\n".join(bad) + "\n")


def cell(ref, value):
    if isinstance(value, (int, float)):
        return f'<c r="{ref}" s="1"><v>{value}</v></c>'
    text = value.replace("&", "&amp;").replace("<", "&lt;")
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'


rows = [["자치단체", "국가", "도시", "교류형태", "체결일", "교류분야"],
        ["안산시", "카자흐스탄", "알마티", "우호교류", 41922, "경제통상"],  # 41922 = 2014-10-10 as an Excel serial
        ["안산시", "우즈베키스탄", "타슈켄트", "업무협약", "2016-05-05", "교육"]]
sheet = "".join(
    f'<row r="{i + 1}">' + "".join(cell(f"{chr(65 + j)}{i + 1}", v) for j, v in enumerate(r)) + "</row>"
    for i, r in enumerate(rows))
files = {
    "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>',
    "_rels/.rels": '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    "xl/workbook.xml": '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="국제교류" sheetId="1" r:id="rId1"/></sheets></workbook>',
    "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>',
    "xl/styles.xml": '<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    '<fonts count="1"><font/></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border/></borders>'
    '<cellXfs count="2"><xf/><xf numFmtId="14" applyNumberFormat="1"/></cellXfs></styleSheet>',
    "xl/worksheets/sheet1.xml": '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    f"<sheetData>{sheet}</sheetData></worksheet>",
}
with zipfile.ZipFile("registry.xlsx", "w", zipfile.ZIP_DEFLATED) as z:
    for name, content in files.items():
        z.writestr(name, content)
