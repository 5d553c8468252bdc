"""Automated mail: out-of-office replies, bounces and delay notices, mailing lists (evaluation set A)."""

from kit import COMPANY, Mail, Rand, add, addr, auto, get, mid, render, rfcdate, subj, when

NEWSLETTER_MID = "<CAOq3dpr0s+news-2026-10-07-7Hf2kQ@mail.gmail.com>"
NEWSLETTER_SUBJ = "Halloween drop: glow-in-the-dark skull planters"

AUTO = [("Auto-Submitted", "auto-replied")]
MS_AUTO = [("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")]

# =========================================================================== out-of-office replies

add(Mail(
    file="en-automated-ooo-solicitor-to-our-ack.eml",
    frm=addr("Abigail Trent", "a.trent@hollisandmoor.example"),
    subject="Automatic reply: RE: Our client: Mr Declan Fairweather - data subject access and erasure request [PD-2026-0131]",
    date="2026-10-01 15:13 +0100",
    client="outlook",
    content_language="en-GB",
    in_reply_to=mid("en-outgoing-solicitor-acknowledgement.eml"),
    references=mid("en-outgoing-solicitor-acknowledgement.eml"),
    extra=MS_AUTO,
    text="""Thank you for your email. I am out of the office until Monday 5 October with limited access to email.

For urgent matters, including data protection matters, please contact our Disputes team on 0117 496 0300 or disputes@hollisandmoor.example.

Abigail Trent
Hollis & Moor LLP
""",
    label=auto("auto_reply", "agent's out-of-office answering our acknowledgement (carries our token); must not open a request"),
))

add(Mail(
    file="de-automated-abwesenheitsnotiz-newsletter.eml",
    frm=addr("Stefanie Brandl", "stefanie.brandl@example.de"),
    subject="Abwesenheitsnotiz: " + NEWSLETTER_SUBJ,
    date="2026-10-07 16:00 +0200",
    client="gmx",
    domain="gmx.example",
    content_language="de-DE",
    in_reply_to=NEWSLETTER_MID,
    extra=AUTO,
    text="""Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 16.10.2026 im Urlaub und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.

Mit freundlichen Grüßen
Stefanie Brandl
""",
    label=auto("auto_reply", "German out-of-office to our newsletter"),
))

add(Mail(
    file="fr-automated-reponse-absence-quebec.eml",
    frm=addr("Élodie Tremblay", "elodie.tremblay@example.ca"),
    subject=subj("Réponse automatique : RE: Retrait de consentement et suppression de mes renseignements [PD-2026-0127]"),
    date="2026-09-28 10:06 -0400",
    client="outlookcom",
    content_language="fr-CA",
    in_reply_to=mid("fr-outgoing-accuse-reception-quebec.eml"),
    references=mid("fr-outgoing-accuse-reception-quebec.eml"),
    extra=MS_AUTO,
    text="""Bonjour,

Je suis absente du bureau jusqu'au 5 octobre. Je prendrai connaissance de votre message à mon retour.

Élodie Tremblay
""",
    label=auto("auto_reply", "requester's French out-of-office to our acknowledgement; token in subject; must not open anything"),
))

add(Mail(
    file="es-automated-fuera-de-oficina-sin-cabecera.eml",
    frm=addr("Marta Castells", "mcastells@filamentos-iberia.example"),
    subject=subj("Respuesta automática: pedido mayorista noviembre"),
    date="2026-10-09 09:00 +0200",
    client="outlook",
    content_language="es-ES",
    text="""Gracias por su mensaje. Estaré fuera de la oficina hasta el 19 de octubre. Para pedidos y facturación, escriba a pedidos@filamentos-iberia.example.

Un saludo,
Marta Castells
Filamentos Iberia S.L.
""",
    label=auto("auto_reply", "Spanish supplier out-of-office WITHOUT Auto-Submitted (only the subject shows it)"),
))

add(Mail(
    file="it-automated-risposta-automatica.eml",
    frm=addr("Lorenzo Bassi", "lorenzo.bassi@example.it"),
    subject="Risposta automatica: " + NEWSLETTER_SUBJ,
    date="2026-10-07 16:01 +0200",
    client="plain",
    domain="example.it",
    in_reply_to=NEWSLETTER_MID,
    extra=AUTO + [("X-Autoreply", "yes")],
    text="""Sono in ferie fino al 20 ottobre con accesso limitato alla posta. Risponderò al mio rientro.

Lorenzo Bassi
""",
    label=auto("auto_reply", "Italian out-of-office to our newsletter"),
))

add(Mail(
    file="nl-automated-afwezigheidsbericht.eml",
    frm=addr("Bram Hoekstra", "bram.hoekstra@example.nl"),
    subject="Afwezig: " + NEWSLETTER_SUBJ,
    date="2026-10-07 16:02 +0200",
    client="outlookcom",
    content_language="nl-NL",
    in_reply_to=NEWSLETTER_MID,
    extra=MS_AUTO,
    text="""Bedankt voor je bericht. Ik ben afwezig tot en met 14 oktober en lees mijn mail niet. Je bericht wordt niet doorgestuurd.

Groet,
Bram
""",
    label=auto("auto_reply", "Dutch out-of-office to our newsletter"),
))

add(Mail(
    file="sv-automated-franvaromeddelande.eml",
    frm=addr("Linnea Holmqvist", "linnea.holmqvist@example.se"),
    subject=subj("Frånvaro: Re: Begäran om registerutdrag"),
    date="2026-10-22 08:00 +0200",
    client="outlookcom",
    content_language="sv-SE",
    extra=MS_AUTO,
    text="""Hej,

Jag är tjänstledig till och med 3 november och läser inte min e-post. Vid brådskande ärenden, ring 018-000 00 00.

Vänliga hälsningar
Linnea Holmqvist
""",
    label=auto("auto_reply", "Swedish out-of-office from a requester; subject quotes her request subject"),
))

add(Mail(
    file="ja-automated-fuzai-tsuchi.eml",
    frm=addr("佐藤 美咲", "misaki.sato@example.jp", charset="iso-2022-jp", enc="B"),
    subject=subj("不在通知（自動返信）", "iso-2022-jp", "B"),
    date="2026-10-26 09:00 +0900",
    client="plain",
    domain="example.jp",
    charset="iso-2022-jp",
    cte="7bit",
    text_only=True,
    extra=AUTO,
    text="""ご連絡ありがとうございます。
誠に勝手ながら、10月26日から11月2日まで不在にしております。
戻り次第、順次ご返信いたします。

佐藤 美咲
""",
    label=auto("auto_reply", "Japanese out-of-office (ISO-2022-JP) from a requester"),
))

add(Mail(
    file="pt-automated-resposta-automatica-ferias.eml",
    frm=addr("Rafael Teixeira", "rafael.teixeira@example.com.br"),
    subject=subj("Resposta automática: " + NEWSLETTER_SUBJ),
    date="2026-10-07 11:00 -0300",
    client="gmail",
    content_language="pt-BR",
    in_reply_to=NEWSLETTER_MID,
    extra=AUTO,
    text="""Olá! Estou de férias até 21/10 e sem acesso ao e-mail. Respondo assim que voltar.

Rafael
""",
    label=auto("auto_reply", "Brazilian out-of-office (Gmail vacation responder)"),
))

add(Mail(
    file="en-automated-ooo-privacy-words-no-header.eml",
    frm=addr("Greta Lindholm", "glindholm@nordicfab.example"),
    subject="Out of Office: Re: Q4 filament order",
    date="2026-10-13 07:05 -0500",
    client="outlook",
    text="""I am out of the office until October 19 and will have limited access to email.

For orders, please contact orders@nordicfab.example. For privacy or data protection requests, including requests to access or delete personal data, please write to privacy@nordicfab.example.

Greta Lindholm
NordicFab Supplies
""",
    label=auto("auto_reply", "English OOO with no Auto-Submitted header and request vocabulary in the body"),
))

add(Mail(
    file="en-automated-supplier-helpdesk-ticket-ack.eml",
    frm=addr("Spoolworks Support", "support@spoolworks.example"),
    subject="[Request received] #48213: Damaged spools in order SW-10288",
    date="2026-11-03 14:22 -0500",
    client="plain",
    domain="spoolworks.example",
    mailer="Zendesk",
    extra=[("Auto-Submitted", "auto-generated"), ("X-Autoreply", "yes")],
    text="""Hello,

Your request (#48213) has been received and is being reviewed by our support staff.

To add additional comments, reply to this email.

Spoolworks Support
This email is a service from Spoolworks Support.
""",
    label=auto("auto_reply", "helpdesk auto-acknowledgement with the words 'your request has been received'"),
))

# =========================================================================== bounces and delay notices

def _dsn(file, date, to_addr, status, diag, human, original_file=None, original_headers=None, action="failed",
         reporter="mx.google.com", sender_name="Mail Delivery Subsystem", sender="mailer-daemon@googlemail.com",
         subject="Delivery Status Notification (Failure)", notes=""):
    r = Rand(file)
    b = "000000000000" + r.hex(16)
    arrival = rfcdate(when(date))
    if original_file:
        orig = render(get(original_file)).replace(b"\r\n", b"\n").decode("utf-8")
        part3 = f"Content-Type: message/rfc822\n\n{orig}"
    else:
        part3 = f"Content-Type: text/rfc822-headers\n\n{original_headers}"
    raw = (f'Content-Type: multipart/report; boundary="{b}"; report-type=delivery-status\n\n'
           f"--{b}\nContent-Type: text/plain; charset=\"UTF-8\"\n\n{human}\n"
           f"--{b}\nContent-Type: message/delivery-status\n\n"
           f"Reporting-MTA: dns; {reporter}\nReceived-From-MTA: dns; mail-sor-f41.google.com\nArrival-Date: {arrival}\n\n"
           f"Final-Recipient: rfc822; {to_addr}\nAction: {action}\nStatus: {status}\n"
           f"Diagnostic-Code: smtp; {diag}\nLast-Attempt-Date: {arrival}\n\n"
           f"--{b}\n{part3}\n--{b}--\n")
    add(Mail(file=file, frm=addr(sender_name, sender), subject=subject, date=date, client="plain",
             domain="googlemail.com", return_path="<>", raw_body=raw.encode("utf-8"),
             extra=[("Auto-Submitted", "auto-replied")],
             msgid=f"<{r.hex(12)}.{r.hex(8)}@google.com>",
             label=auto("bounce", notes)))


_dsn("en-automated-bounce-newsletter-old-address.eml", "2026-10-07 09:01 -0500",
     "k.mcallister1987@example.net", "5.1.1",
     "550 5.1.1 <k.mcallister1987@example.net>: Recipient address rejected: User unknown in virtual mailbox table",
     """** Address not found **

Your message wasn't delivered to k.mcallister1987@example.net because the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 <k.mcallister1987@example.net>: Recipient address rejected: User unknown in virtual mailbox table
""",
     original_headers=f"""From: 3DPros <{COMPANY}>
To: k.mcallister1987@example.net
Subject: {NEWSLETTER_SUBJ}
Date: Wed, 7 Oct 2026 09:00:02 -0500
Message-ID: {NEWSLETTER_MID}
""",
     notes="Gmail DSN: our newsletter to a dead address (headers only)")

_dsn("en-automated-bounce-returns-our-reply-mailbox-full.eml", "2026-09-04 09:42 -0500",
     "dpelletier.woodshop@example.net", "5.2.2",
     "552 5.2.2 <dpelletier.woodshop@example.net>: Mailbox full",
     """** Message not delivered **

There was a problem delivering your message to dpelletier.woodshop@example.net. The recipient's mailbox is full and can't accept messages now.

The response from the remote server was:
552 5.2.2 <dpelletier.woodshop@example.net>: Mailbox full
""",
     original_file="en-outgoing-unsubscribe-done.eml",
     notes="bounce that carries our whole reply to a requester (token, quoted request) as message/rfc822; must not open a request")

_dsn("en-automated-delay-notice-our-verification-reply.eml", "2026-09-29 14:50 -0500",
     "thiago.nascimento@example.com.br", "4.4.1",
     "421 4.4.1 Connection timed out",
     """** Delivery delayed **

There was a temporary problem delivering your message to thiago.nascimento@example.com.br. Gmail will retry for 46 more hours. You'll be notified if the delivery fails permanently.

The response was:
421 4.4.1 Connection timed out
""",
     original_headers=f"""From: 3DPros <{COMPANY}>
To: Thiago Nascimento <thiago.nascimento@example.com.br>
Subject: =?utf-8?q?Re=3A_Solicita=C3=A7=C3=A3o_LGPD_=E2=80=93_elimina=C3=A7=C3=A3o_de_dados_=5BPD-2026-0128=5D?=
Date: Tue, 29 Sep 2026 10:48:00 -0500
""",
     action="delayed",
     subject="Delivery Status Notification (Delay)",
     notes="delay DSN for our verification reply (token in the returned headers)")

add(Mail(
    file="en-automated-bounce-office365-ndr.eml",
    frm=addr("Microsoft Outlook", "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@greenleafprint.example"),
    subject="Undeliverable: Re: resin quote for 300 game tokens",
    date="2026-10-30 11:15 +0000",
    client="plain",
    domain="greenleafprint.example",
    return_path="<>",
    extra=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", "")],
    raw_body=b"""Content-Type: multipart/report; report-type=delivery-status;
\tboundary="_7f0e2b11-ndr-4a77-9a1c-3d1e0c22aa10_"

--_7f0e2b11-ndr-4a77-9a1c-3d1e0c22aa10_
Content-Type: text/plain; charset="us-ascii"

Your message to t.okeke@greenleafprint.example couldn't be delivered.

t.okeke wasn't found at greenleafprint.example.

3dprosteam    Office 365    t.okeke
Action Required                     Recipient

Unknown To address

How to Fix It
The address may be misspelled or may not exist.

Diagnostic information for administrators:
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'

--_7f0e2b11-ndr-4a77-9a1c-3d1e0c22aa10_
Content-Type: message/delivery-status

Reporting-MTA: dns;BY5PR04MB0000.namprd04.prod.outlook.com
Received-From-MTA: dns;mail-sor-f41.google.com
Arrival-Date: Fri, 30 Oct 2026 11:15:02 +0000

Final-Recipient: rfc822;t.okeke@greenleafprint.example
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup

--_7f0e2b11-ndr-4a77-9a1c-3d1e0c22aa10_
Content-Type: text/rfc822-headers

From: 3DPros <3dprosteam@gmail.com>
To: Tunde Okeke <t.okeke@greenleafprint.example>
Subject: Re: resin quote for 300 game tokens
Date: Fri, 30 Oct 2026 06:14:50 -0500

--_7f0e2b11-ndr-4a77-9a1c-3d1e0c22aa10_--
""",
    label=auto("bounce", "Office 365 NDR for a business email"),
))

# =========================================================================== mailing lists and newsletters

add(Mail(
    file="en-automated-list-makers-group-gdpr-thread.eml",
    frm=addr("Priyanka Deshmukh", "priyanka@lathe-and-loom.example"),
    to="Austin Small Makers <austin-small-makers@googlegroups.example>",
    subject="[austin-small-makers] Anyone else getting GDPR deletion requests?",
    date="2026-10-14 21:30 -0500",
    client="gmail",
    extra=[("List-Id", "<austin-small-makers.googlegroups.example>"),
           ("List-Post", "<mailto:austin-small-makers@googlegroups.example>"),
           ("List-Unsubscribe", "<mailto:austin-small-makers+unsubscribe@googlegroups.example>"),
           ("Precedence", "list"), ("Mailing-list", "list austin-small-makers@googlegroups.example")],
    text="""Hi all,

Got my first "please delete all my data under Article 17 GDPR" email this week from a customer in Germany, plus a "do not sell my personal information" one from California. Do you all just delete everything, or keep the invoices? Anyone using a tool to track these?

Priyanka
Lathe & Loom

--
You received this message because you are subscribed to the Google Groups "Austin Small Makers" group.
To unsubscribe from this group and stop receiving emails from it, send an email to austin-small-makers+unsubscribe@googlegroups.example.
""",
    label=auto("list", "mailing-list post quoting request wording that is addressed to the list, not to us"),
))

add(Mail(
    file="en-automated-list-forum-weekly-digest.eml",
    frm=addr("PrintersTalk Forum", "digest@printerstalk.example"),
    subject="[PrintersTalk] Weekly summary: bed adhesion, enclosure temps, and more",
    date="2026-10-18 06:00 +0000",
    client="plain",
    domain="printerstalk.example",
    mailer="Discourse",
    extra=[("List-Unsubscribe", "<https://printerstalk.example/email/unsubscribe/8c1d0e>"),
           ("List-Id", "PrintersTalk summary <summary.printerstalk.example>"), ("Precedence", "list"),
           ("Auto-Submitted", "auto-generated")],
    text="""PrintersTalk - summary since Oct 11

Popular topics
- PEI sheet suddenly won't hold PETG (42 replies)
- Enclosure temperature for ASA: 45C or 60C? (31 replies)
- Selling my old printer: how do I wipe the stored Wi-Fi password and print history? (12 replies)

You're receiving this because you enabled weekly summaries. Unsubscribe: https://printerstalk.example/email/unsubscribe/8c1d0e
""",
    label=auto("list", "forum digest (Discourse)"),
))

add(Mail(
    file="en-automated-list-supplier-privacy-policy-update.eml",
    frm=addr("Polymer Supply Co.", "news@polymersupply.example"),
    subject="We've updated our Privacy Policy",
    date="2026-10-25 10:00 -0400",
    client="plain",
    domain="polymersupply.example",
    mailer="Mailchimp",
    extra=[("List-Unsubscribe", "<https://polymersupply.example/unsub?e=3dprosteam>"), ("Precedence", "bulk")],
    text="""Hello,

We've updated our Privacy Policy, effective November 25, 2026. The changes explain how you can request access to, correction or deletion of your personal information and how to opt out of the sale or sharing of your data.

Read the updated policy: https://polymersupply.example/privacy

If you have questions, contact privacy@polymersupply.example.

Polymer Supply Co. | Unsubscribe: https://polymersupply.example/unsub?e=3dprosteam
""",
    label=auto("list", "bulk 'we updated our privacy policy' notice full of rights vocabulary"),
))

add(Mail(
    file="de-automated-newsletter-filamenthaendler.eml",
    frm=addr("Filamentwerk Newsletter", "newsletter@filamentwerk.example"),
    subject=subj("Herbst-Sale: 25 % auf alle Seiden-PLA"),
    date="2026-10-30 08:00 +0100",
    client="plain",
    domain="filamentwerk.example",
    mailer="CleverReach",
    content_language="de-DE",
    extra=[("List-Unsubscribe", "<https://filamentwerk.example/abmelden?id=77a1>"), ("Precedence", "bulk")],
    text="""Hallo,

nur bis Sonntag: 25 % Rabatt auf alle Seiden-PLA-Sorten. Jetzt zuschlagen!

https://filamentwerk.example/sale

Sie erhalten diesen Newsletter, weil Sie sich auf filamentwerk.example angemeldet haben. Abmelden: https://filamentwerk.example/abmelden?id=77a1
Datenschutz: https://filamentwerk.example/datenschutz
""",
    label=auto("list", "German supplier newsletter (Abmelden/Datenschutz in the footer)"),
))

add(Mail(
    file="en-automated-list-mailman-monthly-reminder.eml",
    frm=addr(None, "mailman-owner@lists.texasmakers.example"),
    to="3dprosteam@gmail.com",
    subject="lists.texasmakers.example mailing list memberships reminder",
    date="2026-11-01 05:00 -0500",
    client="plain",
    domain="lists.texasmakers.example",
    extra=[("Precedence", "bulk"), ("List-Id", "<mailman.lists.texasmakers.example>"),
           ("X-List-Administrivia", "yes"), ("Auto-Submitted", "auto-generated")],
    text="""This is a reminder, sent out once a month, about your lists.texasmakers.example mailing list
memberships. It includes your subscription info and how to use it to change it or unsubscribe
from a list.

Passwords for 3dprosteam@gmail.com:

List                                     Password // URL
----                                     --------
makers-market@lists.texasmakers.example  (hidden)
https://lists.texasmakers.example/mailman/options/makers-market/3dprosteam%40gmail.com
""",
    label=auto("list", "Mailman monthly membership reminder"),
))
