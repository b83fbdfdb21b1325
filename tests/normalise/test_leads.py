"""Lead cells → people, roles and initials (issue 3's splitting rules)."""
import pytest

from normalise.leads import initials_of, is_initials, looks_like_name, parse_leads, resolve_initials


def L(name=None, role=None, initials=None):
    return {"name": name, "role": role, "initials": initials}


@pytest.mark.parametrize("raw, want", [
    (None, []),
    ("", []),
    ("   ", []),
    ("All", []),
    ("TBC", []),
    ("Richard Nash (Service Director Children's Social Care) and SMT",
     [L("Richard Nash", "Service Director Children's Social Care"), L(role="SMT")]),
    ("Director of Practice - Jenny Tremayne / Assistant Director - Alison Bramley",
     [L("Jenny Tremayne", "Director of Practice"), L("Alison Bramley", "Assistant Director")]),
    ("Director of Practice – Jenny Tremayne / Director of Finance & Resources - Lee Yardley Hunt",
     [L("Jenny Tremayne", "Director of Practice"), L("Lee Yardley Hunt", "Director of Finance & Resources")]),
    ("Juliette Blake Sarah Rempel", [L("Juliette Blake"), L("Sarah Rempel")]),
    ("GT / LJ", [L(initials="GT"), L(initials="LJ")]),
    ("JR/JW", [L(initials="JR"), L(initials="JW")]),
    ("MW RB", [L(initials="MW"), L(initials="RB")]),
    ("LYH / AxB", [L(initials="LYH"), L(initials="AxB")]),
    ("Julian R", [L(initials="Julian R")]),
    ("1. DM 2. DM/AxB", [L(initials="DM"), L(initials="DM"), L(initials="AxB")]),
    ("SMT", [L(role="SMT")]),
    # SEND's designated officers and school SENCos are roles, not someone's initials
    ("Principal EP / DCO", [L(role="Principal EP"), L(role="DCO")]),
    ("SENCo (JT)", [L(role="SENCo", initials="JT")]),
    ("AD Children in Care", [L(role="AD Children in Care")]),
    ("Chief Executive", [L(role="Chief Executive")]),
    ("Chair Corporate Parenting Board", [L(role="Chair Corporate Parenting Board")]),
    # an unfamiliar given name still reads as a person opposite a role
    ("AD CASS/MASH/ASTI – Zephyrine Okonkwo", [L("Zephyrine Okonkwo", "AD CASS/MASH/ASTI")]),
    ("Family Help Programme Director - Alison Mortimer",
     [L("Alison Mortimer", "Family Help Programme Director")]),
    ("Head of Service and Team Manager", [L(role="Head of Service"), L(role="Team Manager")]),
    ("Head of Safeguarding and Quality Assurance", [L(role="Head of Safeguarding and Quality Assurance")]),
    ("Director of Commissioning & Corporate Parenting - David Sheringham",
     [L("David Sheringham", "Director of Commissioning & Corporate Parenting")]),
    ("Jane Smith, Head of Service", [L("Jane Smith", "Head of Service")]),
    ("Sarah Jones – Service Manager, MASH", [L("Sarah Jones", "Service Manager, MASH")]),  # the team the role sits in
    ("Head of Service, PSW", [L(None, "Head of Service"), L(None, "PSW")]),  # two roles stay two leads
    ("Jane Smith and John Brown", [L("Jane Smith"), L("John Brown")]),
    ("Head of Service (Mark Evans)", [L("Mark Evans", "Head of Service")]),
    ("GT (DCS)", [L(role="DCS", initials="GT")]),
    ("Cllr Jane Smith", [L("Cllr Jane Smith")]),
    ("Head of Service, Children in Care", [L(role="Head of Service, Children in Care")]),
    ("Head of\nService - Peter\nO'Neill", [L("Peter O'Neill", "Head of Service")]),
    ("Principal Social Worker; Virtual School Head", [L(role="Principal Social Worker"), L(role="Virtual School Head")]),
    ("AD Safeguarding/AD CiC", [L(role="AD Safeguarding"), L(role="AD CiC")]),
    ("HoS CP/HoS CiC", [L(role="HoS CP"), L(role="HoS CiC")]),
    ("J. Smith", [L("J. Smith")]),
    ("J Smith / K Brown", [L("J Smith"), L("K Brown")]),
    ("Tendai Moyo", [L("Tendai Moyo")]),  # a cell that is only a name, with a given name not on our list
    ("Jane Smith (JS)", [L("Jane Smith", initials="JS")]),
    ("Jane Smith/John Brown", [L("Jane Smith"), L("John Brown")]),
    ("Jane Smith (DCS) Tom Okafor", [L("Jane Smith", "DCS"), L("Tom Okafor")]),
    ("Head of Service Jane Smith Team Manager Tom Okafor", [L("Jane Smith", "Head of Service"), L("Tom Okafor", "Team Manager")]),
    ("Quality Assurance", [L(role="Quality Assurance")]),
    ("Cllr Smith", [L("Cllr Smith")]),
    # a service area after a role is where the role sits, not someone's initials
    ("Service Manager – LAC", [L(role="Service Manager – LAC")]),
    ("HoS CIN/HoS SEND", [L(role="HoS CIN"), L(role="HoS SEND")]),
    ("PH / SO'N", [L(initials="PH"), L(initials="SO'N")]),
    ("Karen de Souza", [L("Karen de Souza")]),  # a surname's lower-case particle is no role word
    ("Head of Service - Maria dos Santos", [L("Maria dos Santos", "Head of Service")]),
    # the cell's own label is no part of the lead
    ("Lead: Head of Virtual School", [L(role="Head of Virtual School")]),
    ("Lead officer: Jo Bloggs", [L("Jo Bloggs")]),
    ("Lead Member for Children", [L(role="Lead Member for Children")]),
    # the area a role covers is no lead of its own (regression: 'QA' read as someone's initials)
    ("AD Safeguarding & QA", [L(role="AD Safeguarding & QA")]),
    ("K.W. / J.S.", [L(initials="K.W"), L(initials="J.S")]),  # dotted initials, the last dot as cells trim it
])
def test_parse_leads(raw, want):
    assert parse_leads(raw) == want


@pytest.mark.parametrize("s, want", [
    ("GT", True), ("LYH", True), ("JoR", True), ("AxB", True), ("Julian R", True), ("G.T.", True),
    ("SMT", False), ("DCS", False), ("MASH", False), ("Jenny", False), ("Head of Service", False), ("LAC", False),
    ("O'N", True), ("SO'N", True), ("K.W", True), ("TBC", False), ("QA", False),
])
def test_is_initials(s, want):
    assert is_initials(s) is want


@pytest.mark.parametrize("s, want", [
    ("Jenny Tremayne", True), ("Lee Yardley Hunt", True), ("Cllr R Bellamy", True), ("Peter O'Neill", True),
    ("Head of Service", False), ("Corporate Parenting", False), ("Julian R", False), ("Jenny", False),
])
def test_looks_like_name(s, want):
    assert looks_like_name(s) is want


@pytest.mark.parametrize("name, want", [("Graham Thornton", "GT"), ("Lee Yardley Hunt", "LYH"), ("Cllr Jane Smith-Jones", "JSJ")])
def test_initials_of(name, want):
    assert initials_of(name) == want


def test_resolve_initials_uses_the_papers_own_names():
    leads = parse_leads("GT / LJ") + parse_leads("Assistant Director Safeguarding – Graham Thornton")
    texts = ["Update from Lucy Jones, Head of Service, and Laura James.", "JoR"]
    got = resolve_initials(leads, texts)
    assert [g["resolved_name"] for g in got] == ["Graham Thornton", None, None]  # LJ is ambiguous: two names fit
    assert [g["name"] for g in got] == [None, None, "Graham Thornton"]  # never written into name


def test_resolve_initials_mixed_case_groups():
    got = resolve_initials([L(initials="JoR"), L(initials="JulianR")], ["Joanne Reid and Julian Roberts attended."])
    assert [g["resolved_name"] for g in got] == ["Joanne Reid", "Julian Roberts"]


@pytest.mark.parametrize("key, want", [
    ("Key to leads: PW – Pete Walsh, Performance Manager; RB - Rachel Brook", ["Pete Walsh", "Rachel Brook"]),
    ("Leads: Pete Walsh (PW), Rachel Brook (RB)", ["Pete Walsh", "Rachel Brook"]),
    ("PW – Xavier Quill", [None, None]),  # a key whose name the initials do not fit resolves nothing
])
def test_resolve_initials_from_a_key_of_leads(key, want):
    # given names the tagger does not know ('Pete') still resolve when the paper prints its key
    got = resolve_initials([L(initials="PW"), L(initials="RB")], [key])
    assert [g["resolved_name"] for g in got] == want
