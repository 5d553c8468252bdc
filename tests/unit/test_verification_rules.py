"""Identity verification, the pure part (issue 9): one-time codes, the receiving server's verdict on
the sender, look-alike domains, detail matching and the suggested proof level."""

from __future__ import annotations

import pytest

from privacydesk.domain.verification import (
    AuthResult,
    CustomerRecord,
    ProofLevel,
    code_candidates,
    code_digest,
    lookalike_of,
    match_details,
    mentions_sensitive,
    new_code,
    normalise_code,
    parse_authentication_results,
    reply_to_mismatch,
    suggest_proof,
)


def test_codes_are_random_readable_and_found_in_a_reply_however_retyped() -> None:
    codes = {new_code() for _ in range(200)}
    assert len(codes) == 200
    for code in list(codes)[:20]:
        assert len(code) == 9 and code[4] == "-"
        assert not set(code) & set("01OIL58BS")
        raw = normalise_code(code)
        for typed in (code, code.lower(), raw, f"{raw[:4]} {raw[4:]}"):
            assert raw in code_candidates(f"Hi, here it is: {typed}\nThanks")
    assert code_digest("7", "abcd-2345") == code_digest("7", "ABCD2345")
    assert code_digest("7", "ABCD2345") != code_digest("8", "ABCD2345")


def test_words_and_order_numbers_are_not_code_attempts() -> None:
    text = "Please delete my personal research data. Order 10455, ZIP 95126, phone 5551234567."
    assert code_candidates(text) == []


AUTH_PASS = ("mx.google.com; dkim=pass header.i=@example.com header.s=s1; "
             "spf=pass (google.com: domain of a@example.com designates 1.2.3.4 as permitted sender) "
             "smtp.mailfrom=a@example.com; dmarc=pass (p=REJECT) header.from=example.com")


def test_authentication_results_of_the_receiving_server() -> None:
    auth = parse_authentication_results([AUTH_PASS, "evil.example; spf=fail; dkim=fail; dmarc=fail"])
    assert (auth.spf, auth.dkim, auth.dmarc) == (AuthResult.PASS, AuthResult.PASS, AuthResult.PASS)
    assert auth.server == "mx.google.com" and auth.dkim_domain == "example.com"
    assert auth.passed and not auth.failed
    bad = parse_authentication_results(["mx.example.net; spf=softfail smtp.mailfrom=x@bank.example; "
                                        "dkim=none; dmarc=fail (p=none) header.from=bank.example"])
    assert bad.failed == ("SPF", "DMARC") and not bad.passed
    assert "could not be confirmed" in bad.summary()
    assert not parse_authentication_results([]).known
    two_sigs = parse_authentication_results(["mx; dkim=fail header.d=a.example; dkim=pass header.d=b.example"])
    assert two_sigs.dkim == AuthResult.PASS and two_sigs.dkim_domain == "b.example"


def test_reply_to_mismatch() -> None:
    assert reply_to_mismatch("jane@example.com", ["Jane@Example.com"]) == ()
    assert reply_to_mismatch("jane@example.com", ["collector@elsewhere.example"]) == ("collector@elsewhere.example",)


@pytest.mark.parametrize(("domain", "expected"), [
    ("3dpr0s.com", "3dpros.com"),
    ("gmai1.com", "gmail.com"),
    ("gmial.com", "gmail.com"),
    ("rnicrosoft.com", "microsoft.com"),
    ("gmail.com", None),
    ("mail.3dpros.com", None),
    ("example.org", None),
    ("yahoo.de", None),
])
def test_lookalike_of_a_known_domain(domain: str, expected: str | None) -> None:
    assert lookalike_of(domain, ["3dpros.com", "gmail.com", "microsoft.com", "yahoo.com"]) == expected


def test_details_that_match_the_customers_file() -> None:
    records = [CustomerRecord("priya.raman@example.com", "Priya Raman",
                              {"order_number": "10455", "zip": "95126", "phone": "+1 (408) 555-0199"})]
    matches = {m.detail: m for m in match_details(
        ["priya.raman@example.com"], "Priya  RAMAN", "408-555-0199", None,
        ["Hi, order 10455, billing ZIP 95126."], records)}
    assert matches["email address"].matched and matches["name"].matched
    assert matches["order number"].matched and matches["zip"].matched and matches["phone"].matched
    other = {m.detail: m for m in match_details(["someone@else.example"], "P. Raman", None, None,
                                                  ["order 99999"], records)}
    assert not other["email address"].matched and not other["name"].matched
    assert not other["order number"].matched
    assert match_details(["a@b.example"], None, None, None, [], []) == ()


def test_suggested_proof_level() -> None:
    assert suggest_proof(["opt_out_sale", "opt_out_marketing"]).level == ProofLevel.NONE
    assert suggest_proof(["deletion"]).level == ProofLevel.CODE
    assert suggest_proof(["access"]).level == ProofLevel.CODE
    assert suggest_proof(["access"], sensitive=True).level == ProofLevel.MORE
    assert suggest_proof(["deletion"], sensitive=True).level == ProofLevel.MORE
    assert mentions_sensitive("Please send me my medical records and bank account details")
    assert not mentions_sensitive("Please send me a copy of the data you hold about me")
    doubtful = suggest_proof(["deletion"], warnings=["SPF failed"])
    assert doubtful.level == ProofLevel.MORE and "SPF failed" in doubtful.reasons
    assert suggest_proof(["correction"], email_on_file=False).level == ProofLevel.MORE
