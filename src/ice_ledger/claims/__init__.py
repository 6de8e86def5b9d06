"""Claim checking: find the checkable claims in an article, match them to official figures and the research
registry, and give each a verdict a reader can trace to source rows and studies.

    from ice_ledger.claims.check import check_text
    report = check_text(open("article.txt").read(), article_date=None, home=None)
"""
