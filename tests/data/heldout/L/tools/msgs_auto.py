"""Automated mail: out-of-office, DSNs, lists."""
from spec import M, L

def A(kind, notes=""): return L(auto=kind, notes=notes)
AR = "Auto-Submitted: auto-replied"

M("en-auto-ooo-uk-sar-to-our-ack.eml", "outlook", ("Harriet Ashdown", "h.ashdown@example.co.uk"),
  "Automatic reply: Re: Subject Access Request - Harriet Ashdown [PD-2027-0415]", "2027-11-10 15:03:00 GMT",
  """Thank you for your email. I am away until Monday 15 November with limited access to email and will reply on my return.

Harriet Ashdown""",
  irt="en-outgoing-ack-uk-sar.eml", extra=[AR, "X-Auto-Response-Suppress: All"],
  L=A("auto_reply", "OOO to our acknowledgement; must not open or join as a follow-up"))

M("de-auto-abwesenheit-ohne-header.eml", "outlook", ("Florian Weber", "f.weber@spielwaren-weber.example.de"),
  "Abwesenheitsnotiz: Einwilligung für gemeinsamen Newsletter?", "2027-11-24 08:00:00 CET",
  """Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 2. Dezember nicht im Büro. In dringenden Fällen wenden Sie sich bitte an info@spielwaren-weber.example.de.

Florian Weber""", charset="utf-8",
  L=A("auto_reply", "no Auto-Submitted header; subject prefix only"))

M("fr-auto-absence-conges.eml", "gmail", ("Camille Lefèvre", "camille.lefevre@example.fr"),
  "Réponse automatique : absence", "2027-12-23 09:00:00 CET",
  """Bonjour,

Je suis en congés jusqu'au 3 janvier 2028 inclus. Je lirai votre message à mon retour.

Joyeuses fêtes !
Camille""", extra=[AR, "X-Autoreply: yes"], L=A("auto_reply"))

M("es-auto-fuera-oficina.eml", "outlook", ("Marta Gil", "marta.gil@example.es"),
  "Respuesta automática: No puedo acceder a mi cuenta", "2027-11-21 09:00:00 CET",
  """Estaré fuera de la oficina hasta el 29 de noviembre. Para asuntos urgentes escriba a recepcion@example.es.""",
  charset="utf-8", extra=[AR], L=A("auto_reply"))

M("sv-auto-semester-utan-header.eml", "tb", ("Johan Berg", "johan.berg@example.se"),
  "Autosvar: Semester", "2027-12-27 08:00:00 CET",
  """Hej,

Jag har semester till och med 6 januari och läser inte e-post. Ditt meddelande raderas inte, jag svarar när jag är tillbaka.

Johan""", L=A("auto_reply", "no Auto-Submitted header"))

M("nl-auto-afwezig.eml", "gmail", ("Daan Verhoeven", "daan.verhoeven@example.nl"),
  "Afwezig: Re: Inzageverzoek AVG", "2027-12-24 10:00:00 CET",
  """Ik ben afwezig tot en met 2 januari. Uw bericht wordt niet doorgestuurd.

Daan Verhoeven""", extra=[AR], L=A("auto_reply", "mentions the request's subject but is an OOO"))

M("it-auto-fuori-ufficio.eml", "outlook", ("Gennaro Esposito", "g.esposito@example.it"),
  "Risposta automatica: fuori ufficio", "2028-01-06 08:00:00 CET",
  """Sono fuori ufficio fino al 7 gennaio per le festività. Risponderò al mio rientro.""",
  charset="utf-8", L=A("auto_reply", "no Auto-Submitted header"))

M("en-auto-helpdesk-ticket-supplier.eml", "plain", ("Filamentum Support", "support@filamentum.example"),
  "[Ticket #48211] We received your request", "2027-11-13 15:00:00 UTC",
  """Hello,

Thanks for contacting Filamentum Support. Your request has been received and a ticket (#48211) has been created. A member of our team will get back to you within 2 business days.

To add information to your request, reply to this email.

This is an automated message.""", extra=[AR], L=A("auto_reply", "helpdesk auto-ack with 'request' wording"))

def dsn(boundary, rcpt, diag, orig):
    return f"""Content-Type: multipart/report; report-type=delivery-status; boundary="{boundary}"

--{boundary}
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: 7bit

** Address not found **

Your message wasn't delivered to {rcpt} because the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
{diag}

--{boundary}
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Arrival-Date: Sat, 20 Nov 2027 12:00:02 -0800

Final-Recipient: rfc822; {rcpt}
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; {diag}

--{boundary}
Content-Type: message/rfc822

{orig}
--{boundary}--
"""

ORIG_ONT = """From: 3DPros Team <3dprosteam@gmail.com>
To: priya.r@example.ca
Subject: Re: Personal information request (PIPEDA) [PD-2027-0420]
Date: Sat, 20 Nov 2027 12:00:00 -0800
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"

Hi Priya,

Your phone number has been updated to 647-555-0188, and attached to this message you'll find a summary of the personal information we hold about you.

Ref: PD-2027-0420
"""

M("en-auto-bounce-our-reply-ontario.eml", "dsn", ("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"),
  "Delivery Status Notification (Failure)", "2027-11-20 14:00:05 CST",
  dsn("000000000000bounce01", "priya.r@example.ca", "550 5.1.1 <priya.r@example.ca>: Recipient address rejected: User unknown in virtual mailbox table", ORIG_ONT),
  irt="en-outgoing-done-ontario.eml", L=A("bounce", "DSN returning our reply to a requester; must not open a request"))

ORIG_SUP = """From: 3DPros Team <3dprosteam@gmail.com>
To: orders@polyresin-old.example
Subject: PO 2027-118: 6 x 1kg grey resin
Date: Tue, 14 Dec 2027 09:00:00 -0600
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"

Hi, please ship 6 x 1kg grey resin to our Pflugerville address. Thanks!
"""

M("en-auto-bounce-supplier-po.eml", "dsn", ("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"),
  "Delivery Status Notification (Failure)", "2027-12-14 09:00:07 CST",
  dsn("000000000000bounce02", "orders@polyresin-old.example", "550 5.1.1 The email account that you tried to reach does not exist", ORIG_SUP),
  L=A("bounce", "bounce of a purchase order"))

M("en-auto-delay-dsn.eml", "plain", ("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"),
  "Delivery Status Notification (Delay)", "2027-12-28 11:00:00 CST",
  """This is an automatically generated Delivery Status Notification

THIS IS A WARNING MESSAGE ONLY.

YOU DO NOT NEED TO RESEND YOUR MESSAGE.

Delivery to the following recipient has been delayed:

     orders@resinworks.example

Message will be retried for 2 more day(s)

Technical details of temporary failure:
The recipient server did not accept our requests to connect. [mx.resinworks.example. 451 4.4.1 timed out]""",
  extra=["Auto-Submitted: auto-replied"], L=A("bounce", "delay DSN"))

M("en-auto-list-maker-forum-digest.eml", "plain", ("PrintersGuild Forum", "digest@printersguild.example"),
  "[PrintersGuild] Daily digest: 'How do you handle customer data requests?' and 9 more", "2027-12-02 06:00:00 UTC",
  """PrintersGuild daily digest

- How do you handle customer data requests? (14 replies)
  "Someone asked me to delete their data and I had no idea what to do with old STL uploads..."
- Best PETG for outdoor replacement parts (22 replies)
- Holiday rush: how many printers are you running? (31 replies)

View all topics: https://printersguild.example/latest
You are receiving this because you subscribed to daily digests. Unsubscribe: https://printersguild.example/u/3dpros""",
  extra=["List-Id: PrintersGuild digest <digest.printersguild.example>", "List-Unsubscribe: <https://printersguild.example/u/3dpros>", "Precedence: list"],
  L=A("list", "forum digest quoting a deletion question"))

M("en-auto-list-filament-newsletter.eml", "gmail", ("Filamentum", "news@filamentum.example"),
  "Winter sale: 25% off silk PLA + our updated privacy notice", "2027-11-25 14:00:00 UTC",
  """WINTER SALE - 25% off all silk PLA until December 1.

We've also updated our privacy notice. You can access, download or delete your data at any time from your account settings.

Shop now: https://filamentum.example/sale
Manage preferences or unsubscribe: https://filamentum.example/prefs""",
  extra=["List-Unsubscribe: <https://filamentum.example/prefs>", "List-Unsubscribe-Post: List-Unsubscribe=One-Click", "Precedence: bulk"],
  L=A("list", "supplier newsletter with privacy wording"))
