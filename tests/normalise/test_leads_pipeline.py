"""Leads and entities through the real pipeline, on a plan the test builds."""
from examples.builders import improvement_plan

HEAD_OF_SERVICE = """
    select d.council, a.ref, a.action, coalesce(l.name, l.resolved_name) as lead, l.role
    from actions a join action_leads l using (action_id) join documents d using (doc_id)
    where regexp_matches(l.role, '(?i)\\b(heads? of service|hos)\\b')
    order by d.council, a.ref
"""


def test_leads_and_the_head_of_service_query(tmp_path, run_pipeline):
    raw = tmp_path / "raw"
    raw.mkdir()
    improvement_plan(raw / "plan.pdf")
    _, con = run_pipeline(raw)
    leads = con.execute("""select distinct a.ref, l.seq, l.name, l.role from action_leads l join actions a using (action_id)
                           where a.ref in ('1.1', '1.3', '2.2') order by a.ref, l.seq""").fetchall()
    assert leads == [
        ("1.1", 1, "Priya Sandhu", "Head of MASH"),
        ("1.3", 1, "Tom Okafor", "Head of Service, Child Protection"),
        ("2.2", 1, None, "Designated Nurse"),
        ("2.2", 2, None, "Head of Service CiC"),
    ]
    hits = con.execute(HEAD_OF_SERVICE).fetchall()
    assert sorted({(ref, lead) for _, ref, _, lead, _ in hits}) == [("1.3", "Tom Okafor"), ("2.2", None)]
    roles = {t for (t,) in con.execute("select text from entities where source_table = 'actions' and label = 'ROLE'").fetchall()}
    assert {"Assistant Director", "team managers"} <= roles
