"""Automated mail: out-of-office, DSN bounces, lists (hand-written)."""
import kit
from kit import Mail as M, A, Part, dedent as d, SHOP

AUTO = ["Auto-Submitted: auto-replied"]

# ---------------- out-of-office / auto-acks
M("en-auto-ooo-reply-to-our-ack.eml", "outlook", "2027-05-12 14:41 +0100",
  "Gareth Pemberton <gareth.pemberton@pembertonarchitects.example>", "Automatic reply: [PD-2027-0109] Re: Subject Access Request - Gareth Pemberton", d("""
Thank you for your email. I am on site visits until Friday 14 May with limited access to email. For urgent project matters please contact studio@pembertonarchitects.example.

Gareth
"""), irt="en-outgoing-ack-uk-sar.eml", refs=["en-request-uk-sar-formal.eml", "en-outgoing-ack-uk-sar.eml"],
  hdrs=AUTO + ["X-Auto-Response-Suppress: All"],
  lab=A("auto_reply", "OOO to our acknowledgement; must not open a request; follow_up_of left empty."))

M("en-auto-ooo-outlook-no-header.eml", "outlook", "2027-06-01 08:02 -0400",
  "Jessamyn Park <jpark@parkandvoss.example>", "Automatic reply: Your 3DPros order has shipped", d("""
I'm out of the office until June 9 with no access to email. For model orders please contact our studio coordinator at studio@parkandvoss.example. I will respond to your message when I return.

Jessamyn Park, AIA
Park & Voss Architects
"""), lab=A("auto_reply", "Outlook auto-reply without Auto-Submitted header."))

M("de-auto-abwesenheitsnotiz.eml", "plain", "2027-05-28 07:30 +0200",
  "Katja Reinholz <k.reinholz@dentallabor-nord.example>", "Abwesenheitsnotiz: Ihre Anfrage", d("""
Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 11. Juni 2027 nicht im Büro und habe keinen Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an info@dentallabor-nord.example.

Mit freundlichen Grüßen
Katja Reinholz
"""), hdrs=AUTO, mailer="X-Mailer: Microsoft Outlook 16.0", lab=A("auto_reply", "German OOO."))

M("fr-auto-reponse-automatique.eml", "plain", "2027-07-15 09:00 +0200",
  "Bérénice Chaumont <b.chaumont@atelier-chaumont.example>", "Réponse automatique : Votre devis 3DPros", d("""
Bonjour,

Je suis absente jusqu'au 2 août. Pour toute urgence, merci de contacter l'agence au 04 72 00 00 00 ou agence@atelier-chaumont.example.

Cordialement,
Bérénice Chaumont
"""), lab=A("auto_reply", "French OOO without Auto-Submitted."))

M("es-auto-respuesta-automatica.eml", "plain", "2027-07-20 10:15 +0200",
  "Carmen Ruiz de Alda <c.ruizdealda@example.es>", "Respuesta automática: Newsletter de julio", d("""
Estoy de vacaciones hasta el 16 de agosto. Responderé a su mensaje a mi regreso.

Carmen Ruiz de Alda
"""), hdrs=AUTO, lab=A("auto_reply", "Spanish OOO."))

M("it-auto-risposta-automatica.eml", "plain", "2027-07-22 12:00 +0200",
  "Laboratorio Odontotecnico Bellini <amministrazione@labbellini.example>", "Risposta automatica: Re: Nomina a responsabile del trattamento ex art. 28 GDPR", d("""
Gentile cliente,

l'ufficio amministrazione resterà chiuso per ferie dal 22 luglio al 23 agosto. La sua e-mail verrà letta al nostro rientro.

Cordiali saluti
Laboratorio Odontotecnico Bellini
"""), lab=A("auto_reply", "Italian OOO without Auto-Submitted; quotes an Art. 28 subject."))

M("nl-auto-afwezigheidsbericht.eml", "plain", "2027-07-16 08:45 +0200",
  "Femke Jansen <femke.jansen@example.nl>", "Afwezig: Re: graag verwijderen", d("""
Ik ben met vakantie tot en met 4 augustus en lees mijn mail niet. Groetjes, Femke
"""), hdrs=AUTO + ["X-Autoreply: yes"], lab=A("auto_reply", "Dutch OOO in a request thread; must not be read as a follow-up."))

M("pt-auto-resposta-automatica-br.eml", "plain", "2027-07-12 09:30 -0300",
  "Laboratório Sorriso Vivo <contato@sorrisovivo.example>", "Resposta automática: Orçamento para modelos de estudo", d("""
Olá! Recebemos sua mensagem. Nosso horário de atendimento é de segunda a sexta, das 8h às 18h. Responderemos em até 2 dias úteis.

Laboratório Sorriso Vivo
"""), hdrs=AUTO, lab=A("auto_reply", "Brazilian auto-ack."))

M("sv-auto-autosvar.eml", "plain", "2027-07-05 07:10 +0200",
  "Elin Sjöberg <elin.sjoberg@example.se>", "Autosvar: Re: Begäran om registerutdrag", d("""
Hej! Jag är på semester till och med 1 augusti. Jag svarar när jag är tillbaka.

/Elin
"""), hdrs=AUTO, lab=A("auto_reply", "Swedish OOO from a requester."))

M("en-auto-ticket-ack-resin-supplier.eml", "plain", "2027-06-18 14:05 -0400",
  "ResinWorks Support <support@resinworks-supply.example>", "[Ticket #48213] We've received your request", d("""
Hello,

Thank you for contacting ResinWorks Supply. Your request has been received and assigned ticket number #48213. A member of our team will respond within 1-2 business days.

To add information to your request, simply reply to this email.

ResinWorks Support
"""), hdrs=AUTO + ["X-Mailer: Zendesk"], lab=A("auto_reply", "Supplier helpdesk auto-ack that says 'request'."))

# ---------------- bounces
def _dsn(file, date, orig_file, rcpt, status, diag, human, action="failed", frm="Mail Delivery Subsystem <mailer-daemon@googlemail.com>", subject="Delivery Status Notification (Failure)", orig_text=None):
    om = next((m for m in kit.MESSAGES if m.file == orig_file), None)
    if orig_text is None:
        orig_text = (f"From: 3DPros Team <{SHOP}>\nTo: {om.to}\nSubject: {om.subject}\nDate: "
                     f"{kit.format_datetime(om.dt)}\nMessage-ID: {om.msgid}\nMIME-Version: 1.0\n"
                     f"Content-Type: text/plain; charset=\"UTF-8\"\n\n{om.body}")
    ds = (f"Reporting-MTA: dns; googlemail.com\nArrival-Date: {kit.format_datetime(kit.parse_date(date))}\n\n"
          f"Final-Recipient: rfc822; {rcpt}\nAction: {action}\nStatus: {status}\nRemote-MTA: dns; mx.{rcpt.split('@')[1]}\n"
          f"Diagnostic-Code: smtp; {diag}\n")
    rep = Part("multipart/report", params=" report-type=delivery-status;", boundary="0000000000" + kit._h(file, 16), parts=[
        Part("multipart/alternative", boundary="0000000000" + kit._h(file + "a", 16), parts=[
            Part("text/plain", human, "UTF-8"),
            Part("text/html", kit.to_html(human), "UTF-8")]),
        Part("message/delivery-status", ds, None, "7bit"),
        Part("message/rfc822", orig_text, None, "7bit") if om else Part("text/rfc822-headers", orig_text, None, "7bit")])
    return M(file, "raw", date, frm, subject, "", to=SHOP, raw_body=rep,
             irt=orig_file if om else None, hdrs=["Auto-Submitted: auto-replied", f"X-Failed-Recipients: {rcpt}"],
             mid=f"<{kit._h(file, 20)}.dsn@mx.google.com>")

_dsn("en-auto-dsn-returns-our-reply.eml", "2027-05-13 11:21 -0500", "en-outgoing-confirm-terse-delete.eml",
     "bwhitfield77@example.net", "5.1.1", "550 5.1.1 <bwhitfield77@example.net>: Recipient address rejected: User unknown",
     "** Address not found **\n\nYour message wasn't delivered to bwhitfield77@example.net because the address couldn't be found, or is unable to receive mail.\n")
kit.MESSAGES[-1].lab = A("bounce", "DSN returning our confirmation to a requester; must not be read as a request or follow-up; follow_up_of empty.")

_dsn("en-auto-dsn-delay.eml", "2027-06-19 04:30 -0500", None, "a.chen@harborviewdental.example", "4.4.1",
     "421 4.4.1 Connection timed out",
     "** Message not delivered yet **\n\nThere was a temporary problem delivering your message to a.chen@harborviewdental.example. Gmail will retry for 45 more hours. You'll be notified if the delivery fails permanently.\n",
     action="delayed", subject="Delivery Status Notification (Delay)",
     orig_text=f"From: 3DPros Team <{SHOP}>\nTo: a.chen@harborviewdental.example\nSubject: Re: Night guard order HVD-0611 - print scheduled\nDate: Fri, 18 Jun 2027 15:02:11 -0500\nMessage-ID: <CAJq7vZ2mH0Lx9fKd8nP4rTyW3eB6sQ1uA5gC0oN=Xx@mail.gmail.com>\n")
kit.MESSAGES[-1].lab = A("bounce", "Delay DSN (headers only).")

_dsn("en-auto-dsn-mailbox-full.eml", "2027-07-08 16:10 -0500", None, "m.dorsey@example.com", "5.2.2",
     "552 5.2.2 The email account that you tried to reach is over quota",
     "** Message blocked **\n\nYour message to m.dorsey@example.com has been blocked. The recipient's mailbox is full.\n",
     orig_text=f"From: 3DPros Team <{SHOP}>\nTo: m.dorsey@example.com\nSubject: Your quote 3DP-Q-8344 (tabletop terrain set)\nDate: Thu, 08 Jul 2027 16:09:40 -0500\nMessage-ID: <CAJq7vZ0pE2tU8wYb1cM5nK3hR7sD4gA9fL6oQ=Yz@mail.gmail.com>\n")
kit.MESSAGES[-1].lab = A("bounce", "Bounce of a quote email.")

_dsn("en-auto-dsn-postmaster-unknown-domain.eml", "2027-07-19 09:45 -0500", None, "orders@gearhead-rc.example", "5.1.2",
     "DNS Error: DNS type 'mx' lookup of gearhead-rc.example responded with code NXDOMAIN",
     "** Address not found **\n\nYour message wasn't delivered to orders@gearhead-rc.example because the domain gearhead-rc.example couldn't be found.\n",
     orig_text=f"From: 3DPros Team <{SHOP}>\nTo: orders@gearhead-rc.example\nSubject: Re: Replacement gears - request for photos\nDate: Mon, 19 Jul 2027 09:44:02 -0500\nMessage-ID: <CAJq7vZ1kF5wQ2eRt7yU3iO9pA4sD6fG8hJ0lZ=Aa@mail.gmail.com>\n")
kit.MESSAGES[-1].lab = A("bounce", "Bounce for an unknown domain; the quoted subject contains 'request'.")

# ---------------- lists / newsletters
LIST = ["Precedence: list"]
M("en-auto-list-forum-digest.eml", "plain", "2027-05-17 05:00 +0000",
  "Terrain Makers Digest <terrain-makers@lists.tabletopforge.example>", "Terrain Makers Digest, Vol 14, Issue 20", d("""
Send Terrain-Makers mailing list submissions to
	terrain-makers@lists.tabletopforge.example

To subscribe or unsubscribe via the World Wide Web, visit
	https://lists.tabletopforge.example/mailman/listinfo/terrain-makers

Today's Topics:

   1. Re: Best infill for outdoor ASA terrain (Rowan C.)
   2. Anyone used 3DPros for resin scatter? (M. Tully)
   3. Privacy question: do print shops keep our STLs? (k_dorn)

----------------------------------------------------------------------

Message: 3
From: k_dorn
Subject: Privacy question: do print shops keep our STLs?

Does anyone know if print services delete your files after printing, or do they keep them forever? I'd like my data deleted after each job.
"""), hdrs=LIST + ["List-Id: Terrain makers discussion <terrain-makers.lists.tabletopforge.example>",
                    "List-Unsubscribe: <mailto:terrain-makers-request@lists.tabletopforge.example?subject=unsubscribe>",
                    "X-Mailman-Version: 2.1.39"],
  lab=A("list", "Mailman digest; quoted forum post says 'I'd like my data deleted' about other services."))

M("en-auto-list-filament-newsletter.eml", "html", "2027-06-07 14:00 +0000",
  "PolyFila <news@polyfila.example>", "New: Silk Copper PLA + 15% off for print shops", "", html=d("""
<html><body>
<h1>Silk Copper is here</h1>
<p>Our most requested color, now in 1 kg and 3 kg spools. Print shops save 15% with code SHOP15.</p>
<p style="font-size:11px">You are receiving this because you are a PolyFila business customer. <a href="https://polyfila.example/unsub?id=3dp">Unsubscribe</a> | <a href="https://polyfila.example/privacy">Privacy policy</a></p>
</body></html>
"""), hdrs=["Precedence: bulk", "List-Unsubscribe: <https://polyfila.example/unsub?id=3dp>", "List-Unsubscribe-Post: List-Unsubscribe=One-Click", "List-Id: <business.polyfila.example>"],
  lab=A("list", "Supplier newsletter."))

M("en-auto-list-google-group-cosplay.eml", "gmail", "2027-06-28 20:30 -0700",
  "Marisa Lund <marisa.lund@example.com>", "[socal-cosplay-builders] Who prints large armor pieces?", d("""
Hi all, looking for recommendations for a print service that can do a full-size helmet in one piece. 3DPros was mentioned last month, anyone have recent experience?

Marisa

--
You received this message because you are subscribed to the Google Groups "SoCal Cosplay Builders" group.
To unsubscribe from this group and stop receiving emails from it, send an email to socal-cosplay-builders+unsubscribe@googlegroups.example.
"""), to="socal-cosplay-builders@googlegroups.example",
  hdrs=["Mailing-list: list socal-cosplay-builders@googlegroups.example; contact socal-cosplay-builders+owners@googlegroups.example",
        "List-ID: <socal-cosplay-builders.googlegroups.example>", "Precedence: list",
        "List-Unsubscribe: <mailto:socal-cosplay-builders+unsubscribe@googlegroups.example>"],
  lab=A("list", "Google Groups list mail with unsubscribe footer."))

M("de-auto-list-newsletter-dentaltechnik.eml", "html", "2027-07-01 06:00 +0200",
  "Dental Digital Newsletter <newsletter@dental-digital.example>", "Dental Digital 07/2027: DSGVO-Update für Labore, neue Druckharze", "", html=d("""
<html><body>
<h2>Dental Digital - Ausgabe Juli 2027</h2>
<p><b>DSGVO-Update:</b> Was Labore beim Versand von Scandaten an externe Fertiger beachten müssen.</p>
<p><b>Materialien:</b> Drei neue biokompatible Druckharze im Test.</p>
<p style="font-size:11px">Sie erhalten diesen Newsletter, weil Sie sich angemeldet haben. <a href="https://dental-digital.example/abmelden">Abmelden</a></p>
</body></html>
"""), hdrs=["Precedence: bulk", "List-Unsubscribe: <https://dental-digital.example/abmelden>", "List-Id: <newsletter.dental-digital.example>"],
  lab=A("list", "German trade newsletter mentioning DSGVO."))

M("en-auto-list-marketplace-seller-news.eml", "html", "2027-07-21 16:00 +0000",
  "Etsy Seller News <sellernews@etsy-mail.example>", "Seller update: changes to buyer data retention and our privacy policy", "", html=d("""
<html><body>
<p>Hi 3DPros,</p>
<p>Starting September 1, buyer shipping addresses will be hidden in your order history 90 days after delivery. We've also updated our Privacy Policy and Seller Policy.</p>
<p><a href="https://www.etsy.example/legal/updates">Read the updates</a></p>
<p style="font-size:11px">You're receiving this email because you're an Etsy seller. <a href="https://www.etsy.example/settings/emails">Manage email preferences</a></p>
</body></html>
"""), hdrs=["Precedence: bulk", "List-Unsubscribe: <https://www.etsy.example/unsub?c=sellernews>"],
  lab=A("list", "Marketplace seller newsletter about data retention."))

M("en-auto-list-architecture-model-guild.eml", "thunderbird", "2027-07-26 12:00 -0400",
  "Architectural Model Guild <announce@modelguild.example>", "[AMG-announce] July meetup + member directory opt-in", d("""
Hello members,

Our July meetup is on the 29th at the Brooklyn workshop. We're also updating the member directory: if you do NOT want your name and studio listed, reply to the list admin before August 15.

Architectural Model Guild
"""), hdrs=["List-Id: AMG announcements <announce.modelguild.example>", "Precedence: list",
            "List-Unsubscribe: <mailto:announce-leave@modelguild.example>"],
  lab=A("list", "Announcement list; directory opt-out instruction is addressed to members, not to us."))
