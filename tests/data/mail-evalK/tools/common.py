"""Label helpers and shop texts that customers quote."""
from kit import *


def R(types, regimes, lang, notes="", requester=None, agent=None, form=False):
    d = {"is_request": True, "types": sorted(types), "regimes": sorted(regimes), "language": lang,
         "automated": "", "form": form, "follow_up_of": "", "category": "request", "notes": notes}
    if requester:
        d["requester"] = {"name": requester[0], "email": requester[1]}
    if agent:
        d["agent_for"] = d.get("requester") or {"name": requester[0], "email": requester[1]}
        d["agent"] = {"name": agent[0], "email": agent[1]}
    return d


def F(of, lang, notes="", types=(), regimes=()):
    return {"is_request": False, "types": sorted(types), "regimes": sorted(regimes), "language": lang, "automated": "",
            "form": False, "follow_up_of": of, "category": "follow_up", "notes": notes}


def O(of, lang, notes="our reply"):
    return {"is_request": False, "types": [], "regimes": [], "language": lang, "automated": "", "form": False,
            "follow_up_of": of, "category": "outgoing", "notes": notes}


def N(lang, notes, automated="", form=False):
    return {"is_request": False, "types": [], "regimes": [], "language": lang, "automated": automated, "form": form,
            "follow_up_of": "", "category": "negative", "notes": notes}


def A(kind, lang, notes):
    return {"is_request": False, "types": [], "regimes": [], "language": lang, "automated": kind, "form": False,
            "follow_up_of": "", "category": "automated", "notes": notes}


def order_mail(order, name, items, total, ship_to):
    lines = ["Hi %s," % name.split()[0], "", "Thanks for your order! Here's a summary.", "",
             "Order: %s" % order]
    for it in items:
        lines.append("  - %s" % it)
    lines += ["Total: %s" % total, "", "Ship to:"] + ["  " + l for l in ship_to] + [
        "", "We print most spare parts within 2-4 business days. You'll get another email with tracking once it ships.",
        "", "3DPros - printed spare parts for appliances & bikes", "3dprosteam@gmail.com"]
    return "\n".join(lines)


def ship_mail(order, name, carrier, tracking):
    return "\n".join([
        "Hi %s," % name.split()[0], "",
        "Good news - order %s is on its way." % order, "",
        "Carrier: %s" % carrier, "Tracking: %s" % tracking, "",
        "Please check the part against the original before installing. If anything doesn't fit, reply to this email within 30 days.",
        "", "Cheers,", "3DPros", "3dprosteam@gmail.com"])


SHOP_WHO = "3DPros Team <3dprosteam@gmail.com>"


def mid_of(fname):
    for m in MESSAGES:
        if m["fname"] == fname:
            return m["mid"]
    raise KeyError(fname)


def who_of(fname):
    for m in MESSAGES:
        if m["fname"] == fname:
            r = m["label"].get("agent") or m["label"].get("requester")
            return r
    raise KeyError(fname)


def out(fname, req, token, to, subject, date, body, lang="en", notes="our reply"):
    """Our reply to a request: Message-ID = ack_id(req), In-Reply-To = request."""
    build(fname, "out", ("3DPros Team", SHOP), "[%s] %s" % (token, subject), date, body + "\n\nRef: %s" % token,
          to=to, in_reply_to=mid_of(req), references=mid_of(req), mid=ack_id(req), label=O(req, lang, notes))


def fu(fname, req, client, frm, subject, date, body, lang="en", notes="", types=(), regimes=(), chain=True, **kw):
    """Follow-up: replies to our acknowledgement (ack_id) of req."""
    if chain:
        kw.setdefault("in_reply_to", ack_id(req))
        kw.setdefault("references", mid_of(req) + " " + ack_id(req))
    build(fname, client, frm, subject, date, body, label=F(req, lang, notes, types, regimes), **kw)
