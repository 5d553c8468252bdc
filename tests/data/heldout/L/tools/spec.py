"""Message spec collected by msgs_*.py."""
MSGS = []

def M(file, style, frm, subject, date, body, *, L=None, html_body=None, to=None, cc=None, reply_to=None,
      atts=(), irt=None, extra=(), charset=None, cte=None, mid=None):
    MSGS.append(dict(file=file, style=style, frm=frm, subject=subject, date=date, body=body, L=L or {},
                     html=html_body, to=to, cc=cc, reply_to=reply_to, atts=list(atts), irt=irt,
                     extra=list(extra), charset=charset, cte=cte, mid=mid))

def L(types=(), regimes=(), req=None, agent=None, agent_for=None, auto="", form=False, fu="", notes=""):
    return dict(types=list(types), regimes=list(regimes), req=req, agent=agent, agent_for=agent_for,
                auto=auto, form=form, fu=fu, notes=notes)

