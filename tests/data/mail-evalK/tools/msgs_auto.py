from common import *

# ------------------------------------------------------------------ out-of-office / auto-replies
OOO = [
    ("en-auto-ooo-lawfirm-to-our-ack.eml", "outlook", ("Sandra Ilves", "silves@ilves-law.example"), "Automatic reply: [PD-2027-0426] Our client Teodoro Baca - data access and deletion", "2027-08-23 10:05 -0700",
     "I am out of the office until August 30 with limited access to email. For urgent matters please contact my assistant at reception@ilves-law.example.\n\nSandra Ilves", True, "en", "en-request-lawfirm-poa.eml"),
    ("en-auto-ooo-cykelhuset.eml", "outlook", ("Annika Str\u00f6m", "annika.strom@cykelhuset.example"), "Automatic reply: Re: Reseller agreement", "2027-08-06 09:00 +0200",
     "Thank you for your email. I'm on parental leave until 15 August. Purchasing questions: inkop@cykelhuset.example.\n\nAnnika", True, "en", None),
    ("de-auto-abwesend-ohne-autosubmitted.eml", "plain", ("Philipp Nowak", "philipp.nowak@example.de"), "Abwesenheitsnotiz: Re: Datenkopie + Export", "2027-09-03 10:00 +0200",
     "Vielen Dank f\u00fcr Ihre Nachricht. Ich bin bis einschlie\u00dflich 17.09. im Urlaub und lese meine E-Mails nur unregelm\u00e4\u00dfig.\n\nPhilipp Nowak", False, "de", None),
    ("fr-auto-absence.eml", "gmail", ("Nathalie Girard", "nathalie.girard@example.fr"), "R\u00e9ponse automatique : Re: Copie de ma facture", "2027-08-19 09:00 +0200",
     "Bonjour,\n\nJe suis absente jusqu'au 28 ao\u00fbt. Je vous r\u00e9pondrai d\u00e8s mon retour.\n\nNathalie Girard", True, "fr", None),
    ("es-auto-fuera-oficina.eml", "outlook", ("Jordi Ferrer Puig", "jordi.ferrer@example.es"), "Respuesta autom\u00e1tica: [PD-2027-0436] Derecho de acceso y portabilidad", "2027-09-14 08:00 +0200",
     "Estar\u00e9 fuera de la oficina hasta el 20 de septiembre sin acceso al correo.\n\nJordi Ferrer", True, "es", "es-request-acceso-portabilidad-valencia.eml"),
    ("it-auto-fuori-ufficio.eml", "plain", ("Dario Mancini", "dario@ricambiveloci.example"), "Risposta automatica: Partnership", "2027-08-10 08:00 +0200",
     "Sono fuori ufficio fino al 23 agosto (ferie). Per urgenze: info@ricambiveloci.example\n\nDario", False, "it", None),
    ("sv-auto-semester.eml", "gmail", ("Olof Hedlund", "olof.hedlund@example.se"), "Autosvar: [PD-2027-0444] Beg\u00e4ran om registerutdrag", "2027-09-13 09:00 +0200",
     "Hej! Jag har semester till och med 27 september och l\u00e4ser inte mejl.\n\nOlof", True, "sv", "sv-request-registerutdrag.eml"),
    ("nl-auto-afwezig.eml", "plain", ("Hendrik Vos", "hendrik.vos@example.nl"), "Automatisch antwoord: Data request: technical data sheet", "2027-08-17 10:00 +0200",
     "Ik ben afwezig tot 1 september. Voor vragen over het Repair Caf\u00e9 kunt u mailen naar info@repaircafe-zwolle.example.\n\nHendrik", False, "nl", None),
    ("pl-auto-nieobecnosc.eml", "outlook", ("Agnieszka Mazur", "a.mazur@czesci-agd.example"), "Odpowied\u017a automatyczna: Umowa dystrybucyjna", "2027-09-22 09:00 +0200",
     "Dzi\u0119kuj\u0119 za wiadomo\u015b\u0107. Jestem nieobecna do 29.09.2027. W pilnych sprawach prosz\u0119 o kontakt z biuro@czesci-agd.example.\n\nAgnieszka Mazur", True, "pl", None),
    ("pt-auto-ausente.eml", "gmail", ("Mariana Sousa", "mariana.sousa@example.pt"), "Resposta autom\u00e1tica: [PD-2027-0441] Emails", "2027-09-02 10:00 +0100",
     "Ol\u00e1! Estou de f\u00e9rias at\u00e9 dia 10 de setembro. Respondo quando voltar.\n\nMariana", False, "pt", "pt-request-porto-sem-marketing.eml"),
]
for fname, client, frm, subj, date, body, autosub, lang, thread in OOO:
    xh = [("Auto-Submitted", "auto-replied")] if autosub else []
    if client == "outlook" and autosub:
        xh.append(("X-Auto-Response-Suppress", "All"))
    kw = {}
    if thread:
        kw = {"in_reply_to": ack_id(thread), "references": ack_id(thread)}
    notes = "out-of-office" + ("" if autosub else " without Auto-Submitted") + (" to our reply in a request thread; follow_up_of left empty" if thread else "")
    charset = "utf-8" if lang == "pl" else None
    build(fname, client, frm, subj, date, body, extra_headers=xh, label=A("auto_reply", lang, notes), charset=charset, **kw)

build("en-auto-helpdesk-ticket.eml", "plain", ("Velomax Support", "support@velomax.example"), "[Ticket #44812] We've received your message", "2027-08-10 12:00 +0100",
      "Hello,\n\nThanks for contacting Velomax Cycles. Your request has been logged as ticket #44812. One of our team will reply within 2 working days.\n\nThis is an automated message - please do not reply.",
      extra_headers=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")], label=A("auto_reply", "en", "helpdesk auto-acknowledgement with the word 'request'"))

# ------------------------------------------------------------------ DSNs


def dsn(fname, date, recipient, action, status, diag, original, label, subject="Delivery Status Notification (Failure)", human=None):
    date_s, _ = date_hdr(date)
    b = "000000000000" + h(fname, 16)
    human = human or ("** Address not found **\n\nYour message wasn't delivered to %s because the address couldn't be found, or is unable to receive mail.\n\nThe response from the remote server was:\n%s\n" % (recipient, diag))
    ds = ("Reporting-MTA: dns; googlemail.com\nArrival-Date: %s\n\nFinal-Recipient: rfc822; %s\nAction: %s\nStatus: %s\nRemote-MTA: dns; mx.%s\nDiagnostic-Code: smtp; %s\nLast-Attempt-Date: %s\n"
          % (date_s, recipient, action, status, recipient.split("@")[1], diag, date_s))
    hdr = ("Delivered-To: 3dprosteam@gmail.com\nReturn-Path: <>\nReceived: by 2002:a05:6a10:1d4:: with SMTP id %s;\n        %s\nFrom: Mail Delivery Subsystem <mailer-daemon@googlemail.com>\n"
           "To: 3dprosteam@gmail.com\nAuto-Submitted: auto-replied\nSubject: %s\nReferences: %s\nIn-Reply-To: %s\nMessage-ID: %s\nDate: %s\nMIME-Version: 1.0\n"
           'Content-Type: multipart/report; boundary="%s"; report-type=delivery-status\n\n'
           % (h(fname, 10), date_s, subject, original[1], original[1], msgid("dsn:" + fname, "gmail"), date_s, b))
    body = ("--%s\nContent-Type: text/plain; charset=\"UTF-8\"\n\n%s\n--%s\nContent-Type: message/delivery-status\n\n%s\n--%s\n%s\n--%s--\n"
            % (b, human, b, ds, b, original[0], b))
    raw(fname, (hdr + body).encode("utf-8"), date, label)


orig_reply = ("Content-Type: message/rfc822\n\nMIME-Version: 1.0\nFrom: 3DPros Team <3dprosteam@gmail.com>\nDate: Mon, 16 Aug 2027 09:05:00 -0500\n"
              "Message-ID: %s\nIn-Reply-To: %s\nSubject: [PD-2027-0417] Re: Delete my data please\nTo: rk.bowman77@example.net\n"
              "Content-Type: text/plain; charset=\"UTF-8\"\n\nHi,\n\nWe received your request to delete your data. We'll confirm once it's done.\n\n3DPros Team\n\nRef: PD-2027-0417\n"
              % (ack_id("en-request-subject-only-delete.eml"), mid_of("en-request-subject-only-delete.eml")))
dsn("en-auto-bounce-our-reply-to-requester.eml", "2027-08-16 09:06 -0500", "rk.bowman77@example.net", "failed", "5.1.1",
    "550 5.1.1 <rk.bowman77@example.net>: Recipient address rejected: User unknown", (orig_reply, ack_id("en-request-subject-only-delete.eml")),
    A("bounce", "en", "DSN returning our acknowledgement (with token) to a requester; must not open a request"))

orig2 = ("Content-Type: text/rfc822-headers\n\nFrom: 3DPros Team <3dprosteam@gmail.com>\nTo: t.lewandowski@example.pl\nSubject: [PD-2027-0448] Re: Ograniczenie przetwarzania\n"
         "Date: Tue, 07 Sep 2027 08:00:00 -0500\nMessage-ID: %s\n" % ack_id("pl-request-ograniczenie-gdansk.eml"))
dsn("en-auto-delay-dsn.eml", "2027-09-07 12:00 -0500", "t.lewandowski@example.pl", "delayed", "4.4.1",
    "421 4.4.1 Connection timed out", (orig2, ack_id("pl-request-ograniczenie-gdansk.eml")),
    A("bounce", "en", "delay DSN for our reply to a Polish requester"), subject="Delivery Status Notification (Delay)",
    human="** Message not delivered yet **\n\nGmail will keep trying to deliver your message to t.lewandowski@example.pl for up to 48 hours.\n")

orig3 = ("Content-Type: text/rfc822-headers\n\nFrom: 3DPros <3dprosteam@gmail.com>\nTo: old.customer.2019@example.com\nSubject: Fall bike tune-up parts are here\n"
         "Date: Thu, 30 Sep 2027 10:00:00 -0500\nMessage-ID: <fall-promo-2027@3dpros.com>\n")
dsn("en-auto-bounce-newsletter.eml", "2027-09-30 10:01 -0500", "old.customer.2019@example.com", "failed", "5.2.1",
    "550 5.2.1 The email account that you tried to reach is disabled", (orig3, "<fall-promo-2027@3dpros.com>"),
    A("bounce", "en", "bounce of our newsletter"))

# ------------------------------------------------------------------ lists / newsletters
LISTS = [
    ("en-auto-list-filament-newsletter.eml", ("Filamentwerk News", "news@filamentwerk.example"), "New: UV-stable ASA in 6 colours + autumn price list", "2027-09-01 07:00 +0200",
     "Hello makers,\n\nOur new UV-stable ASA is now available in six colours - ideal for outdoor bike parts. The autumn price list is attached to your dealer account.\n\nUnsubscribe: https://filamentwerk.example/u/xyz\nFilamentwerk GmbH, Hamburg", "Filamentwerk News <news.filamentwerk.example>"),
    ("en-auto-list-forum-digest.eml", ("PrintRepair Forum", "digest@printrepair-forum.example"), "[PrintRepair] Daily digest: dishwasher rack clips, TPU bike grips, and a privacy question", "2027-09-05 06:00 +0000",
     "Top topics today:\n\n- Best infill for dishwasher rack clips? (23 replies)\n- TPU handlebar grips that don't peel (11 replies)\n- Shop owners: how do you handle customers asking you to delete their data? (8 replies)\n\nYou are receiving this digest because you are subscribed. Manage email preferences: https://printrepair-forum.example/prefs", "printrepair-forum.example"),
    ("en-auto-list-repaircafe-group.eml", ("Ilse Voort via Repair Network", "repair-network@groups.example.org"), "[repair-network] Request: does anyone print Miele door hinges?", "2027-09-12 18:00 +0200",
     "Hi all,\n\nA visitor at our caf\u00e9 needs the plastic hinge cover for a Miele G7000 series. Does anyone in the network print those? Please reply to the list.\n\nIlse\n\n--\nYou received this message because you are subscribed to the \"repair-network\" group.\nTo unsubscribe from this group, send an email to repair-network+unsubscribe@groups.example.org.", "repair-network.groups.example.org"),
    ("en-auto-list-carrier-update.eml", ("ShipQuick Business", "updates@shipquick.example"), "Service update: peak season surcharges and customs data requirements", "2027-10-01 09:00 -0400",
     "Dear ShipQuick customer,\n\nFrom 1 November, shipments to the EU and UK require the recipient's phone number and email for customs pre-clearance. Peak surcharges apply from 15 November.\n\nManage notifications in your account. ShipQuick Inc.", "ShipQuick Business <business.shipquick.example>"),
    ("en-auto-list-storefront-release.eml", ("Storefronty", "product@storefronty.example"), "What's new in Storefronty: customer data export and account deletion for shoppers", "2027-10-12 15:00 +0000",
     "New this month:\n\n- Shoppers can now download their account data from the account page.\n- Merchants can delete a customer's data with one click from Customers > Privacy.\n- Faster checkout on mobile.\n\nYou're receiving this because you have a Storefronty store. Unsubscribe from product updates.", "Storefronty product updates <product.storefronty.example>"),
    ("en-auto-list-makerlane-seller-news.eml", ("Makerlane Sellers", "sellers@makerlane.example"), "Seller news: buyer privacy changes coming 1 November", "2027-10-20 12:00 +0000",
     "Hello seller,\n\nFrom 1 November buyer addresses will be hidden 30 days after delivery, and buyers will be able to request deletion of their data through Makerlane. You don't need to do anything.\n\nMakerlane Seller Team\nUnsubscribe from seller news: https://makerlane.example/prefs", "Makerlane seller news <sellers.makerlane.example>"),
]
for fname, frm, subj, date, body, lid in LISTS:
    build(fname, "plain", frm, subj, date, body,
          extra_headers=[("List-Id", lid if "<" in lid else "<%s>" % lid), ("List-Unsubscribe", "<mailto:unsubscribe@%s>" % frm[1].split("@")[1]), ("Precedence", "list" if "groups" in lid else "bulk")],
          label=A("list", "en", "list/newsletter mail"))
