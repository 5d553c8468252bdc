"""Automated mail: out-of-office, auto-acks, DSN bounces, mailing lists."""
from kit import M, SHOP, Leaf, Multi, ack_id, message_id, BY_NAME

A = dict(cat="automated", types=[], regimes=[])
AR = ["Auto-Submitted: auto-replied"]

# ------------------------------------------------------------------ out of office

M("en-auto-ooo-pemberton-to-ack", **A, lang="en", automated="auto_reply", style="gmail",
  frm=("Rhys Pemberton", "rhys.pemberton@example.co.uk"), irt="en-outgoing-ack-uk-sar",
  headers=AR + ["X-Autoreply: yes"], date="2026-11-11 14:16 +0000",
  subj="Out of office Re: Subject Access Request [PD-2026-0431]",
  body="""
Thanks for your email. I'm away until 16 November with limited access to email. I'll reply when I'm back.

Rhys
""", notes="OOO to our acknowledgement; must not open a request. follow_up_of left empty.")

M("en-auto-ooo-outlook-no-autosubmitted", **A, lang="en", automated="auto_reply", style="outlook",
  frm=("Accounts Payable", "ap@brightline-mfg.example"), irt="en-negative-ap-invoice-address",
  headers=["X-Auto-Response-Suppress: All"], date="2026-11-18 06:00 -0600",
  subj="Automatic reply: Correction to billing address - Brightline Manufacturing",
  body="""
Thank you for contacting Brightline Manufacturing Accounts Payable. Our office is closed November 18–20 for inventory. Invoices and payment questions will be handled when we return. For urgent matters call (512) 555-0110.
""", notes="Outlook automatic reply without Auto-Submitted.")

M("de-auto-abwesenheit-weber", **A, lang="de", automated="auto_reply", style="outlook", acc_lang="de-DE",
  frm=("Buchhaltung Weber Feinmechanik", "buchhaltung@weber-feinmechanik.example"), irt="de-negative-rechnungsadresse-firma",
  headers=AR + ["X-Auto-Response-Suppress: All"], date="2026-12-23 08:01 +0100",
  subj="Automatische Antwort: Korrektur der Rechnungsanschrift",
  body="""
Vielen Dank für Ihre Nachricht. Unser Büro ist vom 23.12.2026 bis einschließlich 06.01.2027 geschlossen. Ihre E-Mail wird danach bearbeitet.

Mit freundlichen Grüßen
Buchhaltung Weber Feinmechanik GmbH
""", notes="German OOO with Auto-Submitted.")

M("de-auto-abwesenheit-zuerich-no-header", **A, lang="de", automated="auto_reply", style="apple",
  frm=("Beat Zimmermann", "beat.zimmermann@example.ch"), irt="ack:de-request-zuerich-dsg-auskunft-loeschung",
  date="2026-12-22 09:00 +0100",
  subj="Abwesenheitsnotiz: Re: Auskunft und Löschung gemäss DSG",
  body="""
Grüezi

Ich bin bis am 5. Januar 2027 in den Ferien und lese meine E-Mails nur sporadisch. In dringenden Fällen wenden Sie sich bitte an meine Stellvertretung.

Freundliche Grüsse
Beat Zimmermann
""", notes="Swiss OOO without Auto-Submitted, replying in a request thread; follow_up_of empty by convention.")

M("de-auto-ooo-wien-pichler", **A, lang="de", automated="auto_reply", style="outlook", acc_lang="de-AT",
  frm=("Mag. Thomas Pichler", "thomas.pichler@example.at"), irt="ack:de-request-wien-werbewiderspruch",
  headers=AR, date="2026-11-06 17:03 +0100",
  subj="Abwesend: Re: Widerspruch gegen Direktwerbung [PD-2026-0416]",
  body="""
Ich bin bis 9. November außer Haus. Ihre Nachricht wird nicht weitergeleitet.

Thomas Pichler
""", notes="Austrian OOO to our acknowledgement.")

M("fr-auto-absence-lyon", **A, lang="fr", automated="auto_reply", style="gmail",
  frm=("Camille Rousseau", "camille.rousseau@example.fr"), irt="fr-outgoing-accuse-lyon",
  headers=AR, date="2026-11-04 19:31 +0100",
  subj="Réponse automatique : Re: Demande d'effacement de mes données [PD-2026-0414]",
  body="""
Bonjour,

Je suis absente jusqu'au 12 novembre. Je répondrai à votre message à mon retour.

Camille Rousseau
""", notes="French OOO to our acknowledgement.")

M("es-auto-fuera-oficina", **A, lang="es", automated="auto_reply", style="outlook", acc_lang="es-ES",
  frm=("Lucía Romero", "lucia.romero@example.es"), irt="es-negative-envio-direccion",
  headers=AR, date="2026-11-28 09:10 +0100",
  subj="Respuesta automática: Cambio de dirección de envío",
  body="""
Estoy fuera de la oficina hasta el 2 de diciembre. Responderé a su mensaje a mi regreso.

Un saludo,
Lucía Romero
""", notes="Spanish OOO.")

M("it-auto-assenza", **A, lang="it", automated="auto_reply", style="gmail",
  frm=("Alessandro Conti", "a.conti@conti-srl.example"), irt="it-negative-fattura-copia",
  headers=AR, date="2026-12-24 10:00 +0100",
  subj="Risposta automatica: Copia fattura",
  body="""
Grazie per il messaggio. Sarò assente fino al 7 gennaio 2027. Per urgenze scrivere a amministrazione@conti-srl.example.

Alessandro Conti
""", notes="Italian OOO.")

M("nl-auto-afwezig-no-header", **A, lang="nl", automated="auto_reply", style="plain",
  frm=("Bram Visser", "bram.visser@example.nl"), irt="nl-negative-bestand-verwijderen",
  date="2026-12-15 08:00 +0100", cs="utf-8",
  subj="Afwezig: Re: Verkeerd bestand",
  body="""
Bedankt voor je bericht. Ik ben afwezig tot en met 21 december en heb beperkt toegang tot mijn mail.

Groet,
Bram Visser
""", notes="Dutch OOO without Auto-Submitted.")

M("sv-auto-franvaro", **A, lang="sv", automated="auto_reply", style="gmail",
  frm=("Elin Lindgren", "elin.lindgren@example.se"), irt="ack:sv-request-goteborg-radering",
  headers=AR, date="2026-12-28 10:00 +0100",
  subj="Frånvaro: Re: Begäran om radering [PD-2026-0463]",
  body="""
Hej! Jag är ledig till den 4 januari och läser inte min e-post. Hälsningar, Elin
""", notes="Swedish OOO in a request thread.")

M("en-auto-helpdesk-ticket-ack", **A, lang="en", automated="auto_reply", style="html",
  frm=("FilaSource Support", "support@filasource.example"), date="2026-12-02 15:00 +0000",
  headers=AR + ["X-Mailer: Zendesk", "Precedence: bulk"],
  subj="[FilaSource] Re: Missing spools on PO 4471 - Ticket #209934",
  html="""<html><body style="font-family:Arial">
<p>Hello,</p>
<p>We've received your request (#209934) and a member of our support team will get back to you within 1 business day.</p>
<p>To add information, reply to this email.</p>
<p>FilaSource Support</p>
</body></html>
""", notes="Supplier helpdesk auto-acknowledgement ('request' word). Replies to a ticket we opened (not in the set).")

M("en-auto-ooo-teacher-holiday", **A, lang="en", automated="auto_reply", style="gmail",
  frm=("Alicia Moreno", "alicia.moreno@campusmakers.example"), irt="en-negative-calendar-invite-bulk",
  headers=AR, date="2026-12-21 08:00 -0600",
  subj="Automatic reply: Invitation: 3DPros x Campus Makers - bulk order call",
  body="""
Hi! Campus is closed for winter break until January 5. I'll respond to your message when we're back. For anything about the spring fair order, please hold on to all the files until I'm back and don't delete anything yet :)

Alicia
""", notes="OOO containing 'delete' and 'files'.")

# ------------------------------------------------------------------ bounces


def dsn_tree(name, explanation, status_lines, original, boundary):
    return Multi("report", [
        Leaf("text/plain", explanation, "UTF-8", "quoted-printable"),
        Leaf("message/delivery-status", status_lines, None, None, raw=True),
        Leaf("message/rfc822", original, None, None, raw=True),
    ], boundary, params="; report-type=delivery-status")


OUR_REPLY_TO_DEB = """Return-Path: <3dprosteam@gmail.com>
MIME-Version: 1.0
From: 3DPros Privacy Team <3dprosteam@gmail.com>
Date: Thu, 26 Nov 2026 09:14:00 -0600
Message-ID: <CAJx8mP2q0r9Dw1kL0t+Z5bN0vA3pQ7sE4hUe_GmFf2xRk9y@mail.gmail.com>
In-Reply-To: {irt}
References: {irt}
Subject: Re: question [PD-2026-0457]
To: Deb Harkness <debharkness@example.net>
Content-Type: text/plain; charset="UTF-8"

Hi Deb,

Thanks for getting in touch. We've taken you off all our mailing lists. To send you
the information we hold about you, please confirm the ZIP code your lithophanes
were shipped to.

Ref: PD-2026-0457

3DPros LLC - Privacy Team
"""

M("en-auto-dsn-returns-our-reply", **A, lang="en", automated="bounce", style="tree",
  frm=("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), return_path="",
  server="mail-sor-f69.google.com", incoming=True,
  date="2026-11-26 09:15 -0600", subj="Delivery Status Notification (Failure)",
  tree_fn=lambda: dsn_tree(
      "x",
      "\n** Address not found **\n\nYour message wasn't delivered to debharkness@example.net because the address couldn't be found, or is unable to receive mail.\n\nThe response from the remote server was:\n550 5.1.1 <debharkness@example.net>: Recipient address rejected: User unknown in virtual mailbox table\n",
      "Reporting-MTA: dns; googlemail.com\nArrival-Date: Thu, 26 Nov 2026 07:14:00 -0800 (PST)\n\nFinal-Recipient: rfc822; debharkness@example.net\nAction: failed\nStatus: 5.1.1\nRemote-MTA: dns; mx.example.net. (203.0.113.25, the server for the domain example.net.)\nDiagnostic-Code: smtp; 550 5.1.1 <debharkness@example.net>: Recipient address rejected: User unknown in virtual mailbox table\nLast-Attempt-Date: Thu, 26 Nov 2026 07:14:03 -0800 (PST)\n",
      OUR_REPLY_TO_DEB.format(irt=message_id(BY_NAME["en-request-no-legal-words"])),
      "000000000000a1b2c3d4e5f60718"),
  notes="Gmail DSN returning our reply (with the reference token) to a requester; must not open a request. follow_up_of empty.")

M("en-auto-dsn-quote-unknown-user", **A, lang="en", automated="bounce", style="tree",
  frm=("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), return_path="",
  server="mail-sor-f69.google.com", incoming=True,
  date="2026-12-16 11:02 -0600", subj="Delivery Status Notification (Failure)",
  tree_fn=lambda: dsn_tree(
      "y",
      "\n** Message blocked **\n\nYour message to purchasing@oldco-industries.example has been blocked. The domain may not exist.\n",
      "Reporting-MTA: dns; googlemail.com\nArrival-Date: Wed, 16 Dec 2026 09:02:10 -0800 (PST)\n\nFinal-Recipient: rfc822; purchasing@oldco-industries.example\nAction: failed\nStatus: 5.1.2\nDiagnostic-Code: smtp; DNS Error: DNS type 'mx' lookup of oldco-industries.example responded with code NXDOMAIN\n",
      "From: 3DPros Team <3dprosteam@gmail.com>\nDate: Wed, 16 Dec 2026 11:02:00 -0600\nMessage-ID: <CAGq1rT7c3YhVb0sQxWn2_kPp9dJ8mLf5eZa+Yt0uHs4oN6iQ@mail.gmail.com>\nSubject: Your quote Q-5630 - 500 cable clips\nTo: purchasing@oldco-industries.example\nContent-Type: text/plain; charset=\"UTF-8\"\n\nHi, please find the quote for 500 cable clips attached. Let us know if you'd like to proceed.\n",
      "000000000000ff00ee11dd22cc33"),
  notes="Bounce of a quote email.")

M("en-auto-dsn-delay", **A, lang="en", automated="bounce", style="tree",
  frm=("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), return_path="",
  server="mail-sor-f69.google.com", incoming=True,
  date="2027-01-07 06:30 -0600", subj="Delivery Status Notification (Delay)",
  tree_fn=lambda: Multi("report", [
      Leaf("text/plain", "\n** Delivery incomplete **\n\nThere was a temporary problem delivering your message to orders@tallgrass-design.example. Gmail will retry for 46 more hours. You'll be notified if the delivery fails permanently.\n", "UTF-8", "7bit"),
      Leaf("message/delivery-status", "Reporting-MTA: dns; googlemail.com\n\nFinal-Recipient: rfc822; orders@tallgrass-design.example\nAction: delayed\nStatus: 4.4.1\nDiagnostic-Code: smtp; The recipient server did not accept our requests to connect.\nWill-Retry-Until: Sat, 09 Jan 2027 04:30:00 -0800 (PST)\n", None, None, raw=True),
      Leaf("text/rfc822-headers", "From: 3DPros Team <3dprosteam@gmail.com>\nDate: Thu, 7 Jan 2027 04:28:00 -0600\nSubject: Re: Access for a colleague\nTo: orders@tallgrass-design.example\n", None, None, raw=True),
  ], "000000000000998877665544aabb", params="; report-type=delivery-status"),
  notes="Delay DSN.")

M("de-auto-dsn-gmx-unzustellbar", **A, lang="de", automated="bounce", style="tree",
  frm=("Mail Delivery System", "mailer-daemon@gmx.example"), to=SHOP, return_path="",
  server="mout.gmx.example", incoming=True,
  date="2026-11-05 14:20 +0100", subj="Unzustellbare Nachricht / Undeliverable message",
  headers=["Auto-Submitted: auto-replied"],
  tree_fn=lambda: Multi("report", [
      Leaf("text/plain", "Diese Nachricht wurde automatisch vom Mailsystem erstellt.\nThis message was created automatically by mail delivery software.\n\nDie Nachricht konnte an folgenden Empfänger nicht zugestellt werden:\nA message that you sent could not be delivered to the following recipient:\n\n  s.kretschmer-alt@example.de\n  Mailbox voll / Mailbox full\n", "UTF-8", "8bit"),
      Leaf("message/delivery-status", "Reporting-MTA: dns; mout.gmx.example\n\nFinal-Recipient: rfc822; s.kretschmer-alt@example.de\nAction: failed\nStatus: 5.2.2\nDiagnostic-Code: smtp; 552 5.2.2 Mailbox full\n", None, None, raw=True),
      Leaf("text/rfc822-headers", "From: 3DPros Team <3dprosteam@gmail.com>\nDate: Thu, 5 Nov 2026 07:18:00 -0600\nSubject: Your 3DPros order has shipped\nTo: s.kretschmer-alt@example.de\n", None, None, raw=True),
  ], "--=_mailer_" + "7f3a2c1b9e", params="; report-type=delivery-status"),
  notes="German/English bounce of a shipping notification.")

# ------------------------------------------------------------------ lists

LIST = ["Precedence: bulk"]

M("en-auto-list-filament-newsletter", **A, lang="en", automated="list", style="html",
  frm=("FilaSource", "news@filasource.example"), date="2026-11-27 13:00 +0000",
  headers=LIST + ["List-Id: FilaSource Customers <customers.filasource.example>",
                  "List-Unsubscribe: <https://filasource.example/unsub?u=3dp>, <mailto:unsub@filasource.example>",
                  "List-Unsubscribe-Post: List-Unsubscribe=One-Click"],
  subj="Black Friday: 30% off engineering filaments + new data sheets",
  html="""<html><body style="font-family:Arial">
<h1>Black Friday at FilaSource</h1>
<p>30% off PA12-CF, PC and ASA through Monday. New technical data sheets are online for every material.</p>
<p>Remove your old account data? Manage your profile <a href="https://filasource.example/account">here</a>.</p>
<p style="font-size:11px">You're receiving this because you're a FilaSource business customer. <a href="https://filasource.example/unsub?u=3dp">Unsubscribe</a> | <a href="https://filasource.example/privacy">Privacy policy</a></p>
</body></html>
""", notes="Supplier newsletter.")

M("en-auto-list-forum-digest", **A, lang="en", automated="list", style="plain",
  frm=("Print Farm Operators Forum", "digest@pfo-forum.example"), date="2026-12-07 12:00 +0000", cs="utf-8",
  headers=LIST + ["List-Id: <digest.pfo-forum.example>", "List-Unsubscribe: <https://pfo-forum.example/digest/off>"],
  subj="[PFO Forum] Daily digest: 5 new topics",
  body="""
Print Farm Operators Forum - daily digest

1. "Customer asked me to delete their data - what do I actually have to do?" (14 replies)
2. Klipper vs stock firmware on a 20-printer farm (9 replies)
3. Best way to store customer STL files securely? (6 replies)
4. Anyone else getting fake "privacy regulator" emails? (22 replies)
5. Bulk PETG pricing Q1 2027 (3 replies)

Read online: https://pfo-forum.example/latest
You are receiving this digest because you subscribed. Turn off: https://pfo-forum.example/digest/off
""", notes="Forum digest whose topics mention deletion and privacy.")

M("en-auto-list-google-group", **A, lang="en", automated="list", style="plain",
  frm=("Dana Whitfield via Texas Makers Business Group", "txmakers-biz@googlegroups.example"),
  reply_to=("Texas Makers Business Group", "txmakers-biz@googlegroups.example"),
  to=("Texas Makers Business Group", "txmakers-biz@googlegroups.example"),
  date="2026-12-12 15:30 -0600", cs="utf-8",
  headers=["Mailing-list: list txmakers-biz@googlegroups.example; contact txmakers-biz+owners@googlegroups.example",
           "List-Id: <txmakers-biz.googlegroups.example>", "Precedence: list",
           "List-Unsubscribe: <mailto:txmakers-biz+unsubscribe@googlegroups.example>"],
  subj="[txmakers-biz] TDPSA - do small shops need a privacy request process?",
  body="""
Hi all,

Quick question for the group: does the Texas Data Privacy and Security Act apply to tiny shops like ours? I've had two customers ask to access or delete their data this year and I wasn't sure what I'm required to do. Anyone have a template reply?

Dana
Whitfield Laser & Print, Round Rock

--
You received this message because you are subscribed to the Google Groups "Texas Makers Business Group" group.
To unsubscribe from this group and stop receiving emails from it, send an email to txmakers-biz+unsubscribe@googlegroups.example.
""", notes="Mailing-list post about privacy requests (someone else's business).")

M("de-auto-list-newsletter-druckerei", **A, lang="de", automated="list", style="html",
  frm=("Filament-Kontor", "newsletter@filament-kontor.example"), date="2027-01-13 09:00 +0100",
  headers=LIST + ["List-Id: Filament-Kontor Newsletter <news.filament-kontor.example>",
                  "List-Unsubscribe: <https://filament-kontor.example/abmelden?id=3dp>"],
  subj="Neu im Januar: recyceltes PETG & Datenblätter zum Download",
  html="""<html><body style="font-family:Arial">
<h1>Filament-Kontor – Januar-Newsletter</h1>
<p>Ab sofort gibt es rPETG in 8 Farben. Alle Datenblätter finden Sie im Kundenbereich.</p>
<p style="font-size:11px">Sie erhalten diesen Newsletter, weil Sie sich angemeldet haben. <a href="https://filament-kontor.example/abmelden?id=3dp">Abmelden</a> · Datenschutz: Ihre Daten löschen wir auf Wunsch jederzeit.</p>
</body></html>
""", notes="German supplier newsletter with an unsubscribe/deletion footer.")

M("en-auto-list-marketplace-policy-update", **A, lang="en", automated="list", style="html",
  frm=("Etsy", "updates@etsy.example"), date="2027-01-18 17:00 +0000",
  headers=LIST + ["List-Unsubscribe: <https://www.etsy.example/settings/emails>"],
  subj="Updates to our Seller Policy and Privacy Policy",
  html="""<html><body style="font-family:Arial">
<p>Hi 3DPros,</p>
<p>We're updating our Seller Policy and Privacy Policy, effective February 15, 2027. Among other things, buyers can now request deletion of their messages with sellers directly in their account settings.</p>
<p><a href="https://www.etsy.example/legal/updates">Read the changes</a></p>
</body></html>
""", notes="Platform policy-update mail.")
