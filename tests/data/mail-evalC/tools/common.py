"""Short constructors used by the msgs_*.py modules: one call per message, label included."""

from __future__ import annotations

from kit import (COMPANY, Att, Mail, add, addr, auto, fu, get, mid, neg, outgoing, quote, refs, req, subj)

TEAM = addr("3DPros Team", COMPANY)
FORMS = addr("3DPros Website", "no-reply@3dpros.com")
DANA_SIG = "Dana Whitfield\n3DPros LLC | custom prints, filament & models\n3dprosteam@gmail.com"
MARCO_SIG = "Marco Ruiz\n3DPros LLC\n3dprosteam@gmail.com"


def _subject(text: str, charset: str = "utf-8", enc: str = "Q") -> str:
    return subj(text, charset, enc)


def R(file: str, name: str, email: str, subject: str, date: str, text: str | None = None, *, types: list[str],
      regimes: list[str], notes: str, frm: str | None = None, agent: tuple[str, str] | None = None,
      agent_for: tuple[str, str] | None = None, form: bool = False, subj_charset: str = "utf-8",
      subj_enc: str = "Q", name_charset: str = "utf-8", **kw) -> Mail:
    """A privacy request. name/email are the data subject's (the requester)."""
    label = req(types, regimes, name, email, notes, agent=agent, agent_for=agent_for, form=form)
    if frm is None:
        frm = addr(name, email, name_charset, subj_enc)
    return add(Mail(file=file, frm=frm, subject=_subject(subject, subj_charset, subj_enc), date=date, text=text,
                    label=label, **kw))


def F(file: str, frm: str, subject: str, date: str, text: str | None = None, *, of: str, notes: str,
      subj_charset: str = "utf-8", subj_enc: str = "Q", **kw) -> Mail:
    """A follow-up that belongs to request file ``of``."""
    return add(Mail(file=file, frm=frm, subject=_subject(subject, subj_charset, subj_enc), date=date, text=text,
                    label=fu(of, notes), **kw))


def O(file: str, to: str, subject: str, date: str, text: str, *, of: str, notes: str, reply_to_file: str | None = None,
      **kw) -> Mail:
    """Our own reply from 3dprosteam@gmail.com (kept in the mailbox as sent mail)."""
    if reply_to_file and "in_reply_to" not in kw:
        kw["in_reply_to"] = mid(reply_to_file)
    kw.setdefault("client", "gmail")
    kw.setdefault("incoming", False)
    return add(Mail(file=file, frm=TEAM, to=to, subject=_subject(subject), date=date, text=text,
                    label=outgoing(of, notes), **kw))


def N(file: str, frm: str, subject: str, date: str, text: str | None = None, *, notes: str, automated: str = "",
      subj_charset: str = "utf-8", subj_enc: str = "Q", **kw) -> Mail:
    """A negative: ordinary business mail."""
    return add(Mail(file=file, frm=frm, subject=_subject(subject, subj_charset, subj_enc), date=date, text=text,
                    label=neg(notes, automated), **kw))


def A(file: str, frm: str, subject: str, date: str, text: str | None = None, *, kind: str, notes: str,
      subj_charset: str = "utf-8", subj_enc: str = "Q", **kw) -> Mail:
    """Automated mail: auto_reply, bounce or list."""
    return add(Mail(file=file, frm=frm, subject=_subject(subject, subj_charset, subj_enc), date=date, text=text,
                    label=auto(kind, notes), **kw))


OOO_HEADERS = [("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")]
OUTLOOK_OOO = [("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"),
               ("X-MS-Exchange-Inbox-Rules-Loop", "")]


def list_headers(list_id: str, unsub: str, post: bool = True) -> list[tuple[str, str]]:
    h = [("List-Id", list_id), ("List-Unsubscribe", unsub), ("Precedence", "bulk")]
    if post:
        h.append(("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"))
    return h
