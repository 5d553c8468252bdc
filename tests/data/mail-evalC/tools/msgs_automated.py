"""Set C: automated mail - out-of-office replies in several languages, bounces, lists."""

from common import A, OOO_HEADERS, OUTLOOK_OOO, list_headers
from kit import Rand, addr, dsn_body, get, mid, original_copy, refs, when

# ================================================================ out-of-office

A("en-automated-vacation-responder.eml", addr("Arjun Mehta", "arjun@lumenlabs.example"),
  "Re: NDA before sending CAD files", "2026-10-12 08:00 -0700",
  """Thanks for your email! I'm at a trade show through October 16 and will reply when I'm back.
For urgent matters contact ops@lumenlabs.example.

Arjun""", client="gmail", extra=OOO_HEADERS, kind="auto_reply",
  notes="Gmail vacation responder (Auto-Submitted: auto-replied).")

A("fr-automated-absence-ack-quebec.eml", addr("Émilie Bouchard", "emilie.bouchard@videotron.example"),
  "Réponse automatique : Votre demande / Your request [PD-2026-0331]", "2026-10-19 10:06 -0400",
  """Bonjour, je suis absente jusqu'au 20 octobre. / Hello, I am away until October 20.

Émilie Bouchard""", client="outlook", charset="windows-1252", content_language="fr-CA", extra=OUTLOOK_OOO,
  in_reply_to=mid("en-outgoing-ack-quebec.eml"), references=mid("en-outgoing-ack-quebec.eml"), kind="auto_reply",
  notes="Bilingual Québec auto-reply to our acknowledgement (token in subject). Must not open a request; "
        "follow_up_of left empty by convention.")

A("pt-automated-ferias.eml", addr("Thiago Barbosa", "thiago.barbosa@example.com"), "Re: Sua encomenda",
  "2026-11-16 08:00 -0300",
  """Olá! Estou de férias até 30/11, sem acesso ao e-mail. Retorno assim que possível.

Thiago""", client="gmail", kind="auto_reply", notes="Brazilian out-of-office without any auto headers.")

A("cs-automated-nepritomnost.eml", addr("Petra Svobodová", "petra.svobodova@seznam.example"),
  "Automatická odpověď: nepřítomnost", "2026-11-03 09:00 +0100",
  """Dobrý den,

do 10. 11. jsem mimo kancelář. Vaši zprávu si přečtu po návratu.

Petra Svobodová""", client="outlook", charset="windows-1250", content_language="cs-CZ", extra=OUTLOOK_OOO,
  kind="auto_reply", notes="Czech Outlook auto-reply.")

A("da-automated-fravaer.eml", addr("Rasmus Holm", "rasmus.holm@jubii.example"), "Fraværende",
  "2026-10-26 07:30 +0100",
  """Tak for din mail. Jeg er på ferie til og med 1. november og læser ikke mails.

Venlig hilsen
Rasmus Holm""", client="plain", extra=OOO_HEADERS, kind="auto_reply", notes="Danish auto-reply.")

A("fi-automated-lomalla.eml", addr("Mikko Virtanen", "mikko.virtanen@elisa.example"), "Automaattinen vastaus",
  "2026-10-15 09:00 +0300",
  """Olen lomalla 23.10. asti enkä lue sähköpostia. / I am on holiday until 23 October.

Mikko Virtanen""", client="plain", kind="auto_reply", notes="Finnish auto-reply, no auto headers.")

A("ja-automated-jidou-henshin.eml", addr("小林 翔", "sho.kobayashi@example.com", "iso-2022-jp", "B"),
  "自動返信：夏季休暇のお知らせ", "2026-10-05 09:00 +0900",
  """お問い合わせありがとうございます。
ただいま不在にしております。10月9日以降、順次ご返信いたします。

小林 翔""", client="plain", charset="iso-2022-jp", cte="7bit", subj_charset="iso-2022-jp", subj_enc="B",
  extra=OOO_HEADERS, kind="auto_reply", notes="Japanese auto-reply.")

A("ko-automated-bujae.eml", addr("최유나", "yuna.choi@example.com"), "[자동응답] 부재중입니다", "2026-11-19 09:00 +0900",
  """안녕하세요. 11월 25일까지 휴가 중입니다. 복귀 후 확인하겠습니다.

최유나""", client="plain", charset="utf-8", cte="base64", subj_enc="B", extra=[("X-Auto-Response-Suppress", "All")],
  kind="auto_reply", notes="Korean auto-reply.")

A("de-automated-abwesend-schweiz.eml", addr("Lukas Meier", "lukas.meier@bluewin.example"),
  "Abwesenheitsnotiz", "2026-10-07 08:00 +0200",
  """Grüezi

Ich bin bis am 19. Oktober in den Ferien und habe keinen Zugriff auf meine E-Mails.

Freundliche Grüsse
Lukas Meier""", client="plain", charset="iso-8859-1", cte="quoted-printable", kind="auto_reply",
  notes="Swiss German out-of-office, no auto headers.")

A("en-automated-ooo-procurement.eml", addr("Ingrid Halvorsen", "procurement@halvorsen-med.example"),
  "Automatic reply: Vendor onboarding: GDPR compliance documentation", "2026-10-07 08:00 +0200",
  """I am out of office until 12 October. Your email will not be forwarded. For urgent procurement matters
please call +47 22 55 01 00.

Ingrid Halvorsen""", client="outlook", content_language="en-GB", extra=OUTLOOK_OOO, kind="auto_reply",
  notes="Outlook auto-reply whose subject echoes GDPR vocabulary.")

A("en-automated-helpdesk-ack.eml", addr("Lone Star Freight Support", "support@lonestarfreight.example"),
  "[LSF-Support #55120] We received your request", "2026-10-09 09:12 -0500",
  """Hi there,

Thanks for contacting Lone Star Freight. Your request (#55120) has been received and a member of our
team will respond within 1 business day.

To add information, reply to this email and keep the ticket number in the subject.

Lone Star Freight Support""", client="ticket", domain="lonestarfreight.example",
  extra=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")], kind="auto_reply",
  notes="Help-desk acknowledgement: 'we received your request' from a supplier.")

A("el-automated-ektos-grafeiou.eml", addr("Ελένη Γεωργίου", "eleni.georgiou@example.com"),
  "Αυτόματη απάντηση: Εκτός γραφείου", "2026-09-14 08:00 +0300",
  """Καλησπέρα σας,

Θα λείπω από το γραφείο έως τις 21 Σεπτεμβρίου. Θα απαντήσω στο μήνυμά σας με την επιστροφή μου.

Ελένη Γεωργίου""", client="outlook", charset="iso-8859-7", content_language="el-GR", extra=OUTLOOK_OOO,
  subj_charset="iso-8859-7", kind="auto_reply", notes="Greek Outlook auto-reply, ISO-8859-7.")

# ================================================================ bounces

_ack = get("en-outgoing-ack-busan.eml")
_r = Rand("bounce-busan")
A("en-automated-bounce-our-ack-busan.eml", "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
  "Delivery Status Notification (Failure)", "2026-10-13 08:16 -0500", None,
  raw_body=dsn_body(_r, reporting_mta="mail-sor-f69.google.com", recipient="seoyeon.park@daum-mail.example",
                    status="5.7.1", action="failed",
                    diag="554 5.7.1 Message rejected by spam policy (DMS-R0023)",
                    human="** Message blocked **\n\nYour message to seoyeon.park@daum-mail.example has been blocked. "
                          "See technical details below for more information.",
                    original=original_copy(_ack, headers_only=False), arrival=_ack.dt, headers_only=False,
                    boundary_style="gmail"),
  client="gmail", return_path="<>", delay_s=30, in_reply_to=_ack.msgid, references=_ack.msgid,
  extra=[("Auto-Submitted", "auto-replied")], kind="bounce",
  notes="Gmail DSN returning our acknowledgement (token inside) to a Korean requester.")

A("en-automated-bounce-qmail.eml", "MAILER-DAEMON@mail.oldhost-de.example", "failure notice",
  "2026-09-24 16:02 +0200",
  """Hi. This is the qmail-send program at mail.oldhost-de.example.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<r.hahn@oldhost-de.example>:
Sorry, no mailbox here by that name. (#5.1.1)

--- Below this line is a copy of the message.

Return-Path: <3dprosteam@gmail.com>
From: 3DPros Team <3dprosteam@gmail.com>
To: r.hahn@oldhost-de.example
Subject: Your order 3D-5988 has shipped
Date: Thu, 24 Sep 2026 09:01:44 -0500

Hi Rainer, your order is on its way! Tracking: 9405 5036 9930 0412 9917 05""", client="plain", return_path="<>",
  kind="bounce", notes="qmail-style plain-text bounce of a shipping notice.")

A("fr-automated-bounce-non-remis.eml", "Mail Delivery System <MAILER-DAEMON@smtp.orange-fr.example>",
  "Message non remis : Re: Demande de devis", "2026-10-02 10:30 +0200",
  """Votre message n'a pas pu être remis à un ou plusieurs destinataires.

<j.perrin@orange-fr.example> : l'adresse n'existe pas (550 5.1.1 Mailbox unknown).

Détails techniques :
Reporting-MTA: dns; smtp.orange-fr.example
Final-Recipient: rfc822; j.perrin@orange-fr.example
Action: failed
Status: 5.1.1""", client="plain", charset="utf-8", return_path="<>", extra=[("Auto-Submitted", "auto-replied")],
  kind="bounce", notes="French-language bounce in plain text.")

A("en-automated-bounce-exim.eml", "Mail Delivery System <Mailer-Daemon@mx.tinyisp.example>",
  "Mail delivery failed: returning message to sender", "2026-11-12 15:44 +0000",
  """This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its recipients. This is a permanent
error. The following address(es) failed:

  hello@closedshop.example
    host mx.closedshop.example [203.0.113.9]
    SMTP error from remote mail server after RCPT TO:<hello@closedshop.example>:
    550 5.1.1 User unknown

------ This is a copy of the message, including all the headers. ------

From: 3DPros Team <3dprosteam@gmail.com>
To: hello@closedshop.example
Subject: Consignment pieces - pickup
Date: Thu, 12 Nov 2026 09:40:12 -0600

Hi, just checking when we can pick up the unsold consignment pieces.""", client="plain", return_path="<>",
  extra=[("X-Failed-Recipients", "hello@closedshop.example"), ("Auto-Submitted", "auto-replied")], kind="bounce",
  notes="Exim bounce.")

# ================================================================ lists and newsletters

A("en-automated-list-mailman-forum.eml", addr("Nadia P.", "nadia.p@example.net"),
  "[resin-printing] How do you handle customer data requests?", "2026-10-22 21:30 -0400",
  """Small shop here. A customer just emailed "please delete all my personal data and confirm within 30
days". Do you guys keep the invoice? Do you reply with a form letter?

Nadia

_______________________________________________
resin-printing mailing list
resin-printing@lists.makerforum.example
https://lists.makerforum.example/mailman/listinfo/resin-printing""", client="plain", mailer="Thunderbird",
  extra=[("List-Id", "Resin printing discussion <resin-printing.lists.makerforum.example>"),
         ("List-Unsubscribe", "<https://lists.makerforum.example/mailman/options/resin-printing>"),
         ("List-Post", "<mailto:resin-printing@lists.makerforum.example>"), ("Precedence", "list"),
         ("Sender", "\"resin-printing\" <resin-printing-bounces@lists.makerforum.example>")],
  kind="list", notes="Mailing-list post quoting a deletion request: list mail, not addressed to us as a request.")

A("de-automated-list-google-group.eml", addr("Jörg Lehmann", "joerg.lehmann@example.com"),
  "[maker-stammtisch-berlin] Re: Widerrufsbelehrung für Sonderanfertigungen?", "2026-10-29 20:15 +0100",
  """Bei Sonderanfertigungen nach Kundenspezifikation gibt es kein Widerrufsrecht (§ 312g Abs. 2 Nr. 1
BGB). Steht aber trotzdem besser in den AGB.

Jörg

--
Sie erhalten diese Nachricht, weil Sie Mitglied der Google Groups-Gruppe "maker-stammtisch-berlin" sind.
Wenn Sie sich von dieser Gruppe abmelden möchten, senden Sie eine E-Mail an
maker-stammtisch-berlin+unsubscribe@googlegroups.example.""", client="gmail",
  extra=[("List-Id", "<maker-stammtisch-berlin.googlegroups.example>"),
         ("List-Unsubscribe", "<mailto:maker-stammtisch-berlin+unsubscribe@googlegroups.example>"),
         ("Precedence", "list"), ("Mailing-list", "list maker-stammtisch-berlin@googlegroups.example")],
  kind="list", notes="German Google Group message ('Widerruf' = consumer withdrawal right, not consent).")

A("en-automated-newsletter-marketplace.eml", addr("Etsy Seller Handbook", "sellers@etsy-mail.example"),
  "Holiday selling checklist + new shipping label discounts", "2026-11-03 10:00 -0500",
  html="""<html><body><table width="600" align="center"><tr><td>
<h2>Get ready for the holidays</h2>
<ul><li>Set your processing times</li><li>Turn on gift wrap</li><li>Save up to 30% on shipping labels</li></ul>
<p style="font-size:11px;color:#888">You're receiving this because you have a seller account.
<a href="https://etsy-mail.example/prefs">Email preferences</a> &middot; <a href="https://etsy-mail.example/unsub">Unsubscribe</a></p>
</td></tr></table></body></html>""", html_only=True, client="plain", mailer="Braze",
  extra=list_headers("<seller-news.etsy-mail.example>", "<https://etsy-mail.example/unsub>"), kind="list",
  notes="Marketplace seller newsletter, HTML only.")

A("en-automated-discourse-digest.eml", addr("PrusaCommunity Forum", "noreply@community-forum.example"),
  "[Community Forum] Summary - 12 new topics", "2026-09-27 05:00 +0000",
  """Here's a summary of what happened on Community Forum since your last visit.

Popular topics:
- Best settings for silk PLA on 0.6 nozzle (34 replies)
- Delete old print profiles from the cloud? (8 replies)
- Heat creep with PETG in enclosed printers (21 replies)

To unsubscribe from these emails, change your preferences:
https://community-forum.example/my/preferences/emails""", client="plain", mailer="Discourse",
  extra=[("List-Unsubscribe", "<https://community-forum.example/email/unsubscribe/7f2d1>"),
         ("Auto-Submitted", "auto-generated"), ("Precedence", "list")], kind="list",
  notes="Forum digest ('Delete old print profiles' topic).")
