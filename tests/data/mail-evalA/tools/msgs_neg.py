"""Negatives: ordinary business mail, including hard ones worded like requests (evaluation set A)."""

from kit import Att, COMPANY, Mail, add, addr, fake_jpeg, fake_pdf, neg, subj

# --------------------------------------------------------------------------- order handling worded like requests

add(Mail(
    file="en-negative-delete-my-order-wrong-color.eml",
    frm=addr("Tamsin Greaves", "tamsin.greaves@example.com"),
    subject="delete my order pls",
    date="2026-09-02 12:40 -0500",
    client="apple",
    domain="example.com",
    text="""Hi! can you delete my order 3DP-21140? I picked galaxy black but meant galaxy blue. I'll just place a new one. Thanks!!

Sent from my iPhone""",
    label=neg("'delete my order' = cancel an order, not a data request"),
))

add(Mail(
    file="en-negative-update-shipping-address.eml",
    frm=addr("Oliver Banerjee", "oliver.banerjee@example.net"),
    subject="Update shipping address for order 3DP-21203",
    date="2026-09-03 08:12 -0400",
    client="gmail",
    text="""Hello,

I just placed order 3DP-21203 and realised it's going to my old apartment. Could you please update the shipping address on that order to:

Oliver Banerjee
77 Pemberton St, Unit 3
Cambridge, MA 02140

It hasn't shipped yet according to the tracking page. Thanks!
Oliver
""",
    label=neg("update the shipping address on an order"),
))

add(Mail(
    file="en-negative-cancel-subscription-box.eml",
    frm=addr("Gwen Halvorsen", "gwen.halvorsen@example.org"),
    subject="cancel my filament subscription box",
    date="2026-09-05 19:20 -0600",
    client="gmail",
    text="""Hey guys, please cancel my monthly filament box starting with October. Nothing wrong with it, I just have way too much PLA piling up in the garage lol. Can you confirm I won't be charged on the 1st?

Gwen
""",
    label=neg("cancel a subscription box, not a data request"),
))

add(Mail(
    file="en-negative-privacy-policy-just-curious.eml",
    frm=addr("Hamid Rahimi", "hamid.rahimi@example.com"),
    subject="privacy question before ordering",
    date="2026-09-06 11:05 -0700",
    client="gmail",
    text="""Hi,

I was reading your privacy notice before ordering a custom part. It says you collect geolocation - is that just from the shipping address or something on the website? And do you keep the STL files after printing? Not asking you to do anything, I'm just curious how it works before I upload a file with my company's part in it.

Thanks
Hamid
""",
    label=neg("question about the privacy notice that asks for no action"),
))

add(Mail(
    file="en-negative-uploaded-wrong-stl-delete-it.eml",
    frm=addr("Fiona MacAllister", "fiona.macallister@example.co.uk"),
    subject="Wrong file uploaded - please delete and use this one",
    date="2026-09-08 16:44 +0100",
    client="outlookcom",
    text="""Hi there,

I uploaded the wrong STL with my quote request this morning (bracket_v2 - it has the old hole spacing). Please delete that one and use the attached bracket_v4 instead. Everything else about the quote stays the same.

Cheers,
Fiona
""",
    attachments=[Att("bracket_v4.stl", "model/stl", b"solid bracket_v4\n  facet normal 0 0 1\n    outer loop\n      vertex 0 0 0\n      vertex 10 0 0\n      vertex 0 10 0\n    endloop\n  endfacet\nendsolid bracket_v4\n")],
    label=neg("'delete that file' = order handling (STL attachment)"),
))

add(Mail(
    file="en-negative-remove-supports-before-shipping.eml",
    frm=addr("Dale Whitacre", "dale.whitacre@example.com"),
    subject="Re: Quote for terrain pieces",
    date="2026-09-09 10:02 -0500",
    client="gmail",
    text="""Sounds good, go ahead. Please remove the supports before shipping and don't sand anything, I'll do that myself.

Dale
""",
    label=neg("'remove the supports' is order handling"),
))

add(Mail(
    file="en-negative-how-to-access-my-stl.eml",
    frm=addr("Wen Li", "wenli.design@example.com"),
    subject="How do I access my files?",
    date="2026-09-10 21:12 -0700",
    client="gmail",
    text="""Hi, how can I access the STL you modelled for me (the phone stand)? The link in the email says expired. I'd like to have a copy of my file so I can reprint it myself if it breaks.

Wen
""",
    label=neg("'access/a copy of my file' = the purchased model file, not personal data"),
))

add(Mail(
    file="en-negative-accounts-payable-correct-invoice.eml",
    frm=addr("Accounts Payable - Brightline Robotics", "ap@brightline-robotics.example"),
    subject="Invoice INV-2026-0917 - please correct billing address and PO",
    date="2026-09-11 09:30 -0400",
    client="outlook",
    text="""Good morning,

We received invoice INV-2026-0917 for the enclosure prototypes. Before we can process payment, please correct the following and reissue:

- Bill-to address should be 400 Innovation Way, Suite 210, Pittsburgh, PA 15222 (not our warehouse)
- PO number 4500018822 must appear on the invoice

Thank you,
Accounts Payable
Brightline Robotics, Inc.
""",
    label=neg("company accounts payable asking to correct an invoice (transaction document)"),
))

add(Mail(
    file="de-negative-bestellung-stornieren-loeschen.eml",
    frm=addr("Bernd Kaltenbach", "b.kaltenbach@example.de"),
    subject=subj("Bestellung löschen"),
    date="2026-09-12 20:03 +0200",
    client="gmx",
    domain="gmx.example",
    content_language="de-DE",
    text="""Hallo,

bitte löschen Sie meine Bestellung 3DP-21355 vom heutigen Abend, ich habe sie versehentlich doppelt abgeschickt. Die andere (3DP-21354) bitte normal versenden.

Danke und Gruß
Bernd Kaltenbach
""",
    label=neg("German 'Bestellung löschen' = cancel a duplicate order"),
))

add(Mail(
    file="en-negative-scrap-quote-new-measurements.eml",
    frm=addr("Priscilla Oyelaran", "poyelaran@example.org"),
    subject="Re: Quote - replacement knobs",
    date="2026-09-14 14:15 -0400",
    client="gmail",
    text="""Scrap that quote and forget the measurements I sent, I measured the wrong stove. New ones: shaft 6mm D-shaped, 14mm deep. Same quantity (6).

Priscilla
""",
    label=neg("'forget the measurements' = quote handling"),
))

add(Mail(
    file="en-negative-update-card-on-file.eml",
    frm=addr("Leon Fairbanks", "leon.fairbanks@example.com"),
    subject="update my card",
    date="2026-09-15 09:50 -0700",
    client="yahoo",
    text="""Hi, my card expired so the subscription renewal failed. Can you send me a link to update the card on file? I don't want to miss October's box.

Leon""",
    label=neg("update payment card: transaction, not correction"),
))

add(Mail(
    file="en-negative-password-reset-cant-log-in.eml",
    frm=addr("Marisol Ybarra", "marisol.ybarra@example.net"),
    subject="can't log into my account",
    date="2026-09-16 17:22 -0500",
    client="gmail",
    text="""Hi, I can't log into my account, the reset password email never comes (checked spam). My email is this one. Can you reset it or tell me what to do? I want to reorder the planters.

Thanks
Marisol
""",
    label=neg("account access = login help, not right of access"),
))

add(Mail(
    file="en-negative-please-add-me-to-newsletter.eml",
    frm=addr("Terrence Obi", "terrence.obi@example.com"),
    subject="newsletter",
    date="2026-09-17 08:40 -0400",
    client="gmail",
    text="""Hey, the signup box on your site doesn't seem to work on Firefox. Can you add me to the newsletter manually? I want to hear about the silk colors restock.

Terrence
""",
    label=neg("opposite of an opt-out: asks to be added"),
))

add(Mail(
    file="en-negative-happy-to-be-posted.eml",
    frm=addr("Annika Sørensen", "annika.sorensen@example.dk"),
    subject="my dragon!",
    date="2026-09-18 20:10 +0200",
    client="gmail",
    text="""Hi 3DPros,

Attached is a photo of the articulated dragon I bought, painted! Feel free to post it on your Instagram if you like, you can tag me @annika.paints.

Annika
""",
    attachments=[Att("dragon_painted.jpg", "image/jpeg", fake_jpeg("annika-dragon"))],
    label=neg("gives consent to post a photo - the opposite of a withdrawal"),
))

# --------------------------------------------------------------------------- ordinary support / sales

add(Mail(
    file="en-negative-petg-outdoor-question.eml",
    frm=addr("Carl Jespersen", "carl.jespersen@example.com"),
    subject="PETG outdoors?",
    date="2026-09-19 07:33 -0500",
    client="gmail",
    text="""Quick question: will PETG hold up outside in Texas sun for a mailbox number sign, or should I go ASA? Looking at your 1kg spools.

Carl
""",
    label=neg("product question"),
))

add(Mail(
    file="en-negative-custom-quote-request-stl.eml",
    frm=addr("Rebecca Holloway", "rholloway@example.edu"),
    subject="Quote request - 25 anatomical models for class",
    date="2026-09-21 10:05 -0500",
    client="outlook",
    text="""Hello,

I teach anatomy at a community college and I'm looking for a quote on 25 copies of the attached vertebra model, printed in white PLA at about 1.5x scale. We'd need them by November 15. Could you also let me know if you offer an educational discount?

Thank you,
Rebecca Holloway, PhD
Department of Biology
""",
    attachments=[Att("L3_vertebra.stl", "model/stl", b"solid L3\nendsolid L3\n")],
    label=neg("custom quote request with STL"),
))

add(Mail(
    file="en-negative-supplier-invoice-pdf.eml",
    frm=addr("Polymer Supply Co. Billing", "billing@polymersupply.example"),
    subject="Invoice 88213 from Polymer Supply Co.",
    date="2026-09-22 06:00 -0400",
    client="plain",
    domain="polymersupply.example",
    mailer="QuickBooks Online",
    text="""Dear 3DPros LLC,

Your invoice is attached. Please remit payment at your earliest convenience.

Invoice: 88213
Amount due: $2,418.60
Due date: 10/22/2026

Thank you for your business - we appreciate it very much.

Polymer Supply Co.
""",
    attachments=[Att("Invoice_88213.pdf", "application/pdf",
                     fake_pdf("Invoice 88213", ["POLYMER SUPPLY CO.", "INVOICE 88213", "Bill to: 3DPros LLC",
                                                "PLA+ 1.75mm 1kg x 120", "PETG 1.75mm 1kg x 60", "Total: $2,418.60"]))],
    label=neg("supplier invoice with PDF"),
))

add(Mail(
    file="en-negative-late-shipment-complaint.eml",
    frm=addr("Vince Kowalski", "vkowalski@example.com"),
    subject="WHERE IS MY ORDER",
    date="2026-09-23 15:50 -0400",
    client="yahoo",
    text="""Ordered the cosplay gauntlet 3 weeks ago, paid for rush production, and the tracking hasn't moved in 6 days. This is ridiculous, the con is on Saturday. I want a refund of the rush fee at minimum. Very disappointed.

Vince""",
    label=neg("angry complaint about shipping, nothing about data"),
))

add(Mail(
    file="en-negative-job-application.eml",
    frm=addr("Jasmine Oduya", "jasmine.oduya@example.com"),
    subject="Application - Print Technician (part time)",
    date="2026-09-24 12:00 -0500",
    client="gmail",
    text="""Hello Dana and Marco,

I saw your post on the Austin Makers board that you're looking for a part-time print technician. I have two years of experience running a small Prusa farm at my university makerspace (maintenance, slicing, resin post-processing) and I live in Pflugerville, 10 minutes from you.

My resume is attached. I'm available weekday afternoons and Saturdays.

Best,
Jasmine Oduya
""",
    attachments=[Att("Jasmine_Oduya_Resume.pdf", "application/pdf",
                     fake_pdf("Resume", ["JASMINE ODUYA", "Print technician", "Makerspace lead 2024-2026"]))],
    label=neg("job application with CV (personal data, but not a request)"),
))

add(Mail(
    file="en-negative-wholesale-school-district.eml",
    frm=addr("Kendra Boateng", "kboateng@district.example.org"),
    subject="Bulk filament pricing for school district",
    date="2026-09-28 08:05 -0500",
    client="outlook",
    text="""Good morning,

Our district is standardizing on PLA for 14 middle school makerspaces. Could you send bulk pricing for 200 x 1kg spools (assorted colors), and let me know whether you can invoice us on net-30 terms with a purchase order?

Kendra Boateng
Instructional Technology Coordinator
""",
    label=neg("B2B wholesale inquiry"),
))

add(Mail(
    file="en-negative-vendor-printer-promo.eml",
    frm=addr("Forgeline 3D", "news@forgeline3d.example"),
    subject="Business Week: 20% off the Forgeline X4 print farm bundle",
    date="2026-09-29 11:00 -0400",
    client="plain",
    domain="forgeline3d.example",
    mailer="Customer.io",
    extra=[("List-Unsubscribe", "<https://forgeline3d.example/u/8f1c2a>, <mailto:unsub@forgeline3d.example>"),
           ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")],
    html="""<html><body style="font-family:Arial"><h1>Business Week is here</h1>
<p>Scale your print farm: 20% off the Forgeline X4 bundle (4 printers + enclosure + 8kg filament) through Friday.</p>
<p><a href="https://forgeline3d.example/business">Shop the bundle</a></p>
<p style="font-size:11px;color:#777">You are receiving this email because you bought a Forgeline printer. <a href="https://forgeline3d.example/u/8f1c2a">Unsubscribe</a> | <a href="https://forgeline3d.example/privacy">Privacy policy</a></p>
</body></html>""",
    text="""Business Week is here

Scale your print farm: 20% off the Forgeline X4 bundle (4 printers + enclosure + 8kg filament) through Friday.

Shop the bundle: https://forgeline3d.example/business

You are receiving this email because you bought a Forgeline printer. Unsubscribe: https://forgeline3d.example/u/8f1c2a | Privacy policy: https://forgeline3d.example/privacy
""",
    label=neg("vendor marketing mail with unsubscribe footer (bulk)", "list"),
))

add(Mail(
    file="en-negative-gdpr-newsletter-from-consultancy.eml",
    frm=addr("ShopLegal Weekly", "weekly@shoplegal.example"),
    subject="GDPR, CCPA & the new state laws: what small online shops must do before 2027",
    date="2026-10-01 07:00 -0400",
    client="plain",
    domain="shoplegal.example",
    mailer="Mailchimp",
    extra=[("List-Unsubscribe", "<https://shoplegal.example/unsubscribe?u=71c&id=3dpros>"), ("Precedence", "bulk"),
           ("List-Id", "ShopLegal Weekly <weekly.shoplegal.example>")],
    text="""SHOPLEGAL WEEKLY - Issue 142

1. Data subject requests: you must answer within one month (GDPR) or 45 days (CCPA). Build a log!
2. "Please delete my data" - what you can keep: invoices, tax records, fraud flags.
3. Do-not-sell links: Texas, Oregon, Colorado and Connecticut now expect a way to opt out.
4. Sensitive data: health information from custom orders needs consent or a "limit" link.
5. Template of the week: how to reply to an access request in 5 steps.

Read more: https://shoplegal.example/issue-142

You are receiving this because you subscribed at shoplegal.example. Unsubscribe: https://shoplegal.example/unsubscribe?u=71c&id=3dpros
""",
    label=neg("newsletter ABOUT privacy law full of request vocabulary; not a request", "list"),
))

add(Mail(
    file="en-negative-b2b-dpa-request-from-reseller.eml",
    frm=addr("Hannah Vogt", "h.vogt@makerhub-resell.example"),
    subject="DPA for our reseller agreement",
    date="2026-10-02 10:40 +0200",
    client="outlook",
    content_language="en-GB",
    text="""Hi Dana,

As we'll be passing our customers' shipping details to you for drop-shipping from November, our legal team needs a data processing agreement (Art. 28 GDPR) signed before go-live. Template attached - could you review and sign, or send your own?

Best regards,
Hannah Vogt
Partner Manager, MakerHub Resell GmbH
""",
    attachments=[Att("MakerHub_DPA_template_v3.pdf", "application/pdf",
                     fake_pdf("DPA", ["DATA PROCESSING AGREEMENT", "between MakerHub Resell GmbH and 3DPros LLC"]))],
    label=neg("B2B contract paperwork (DPA), not a data subject request"),
))

add(Mail(
    file="en-negative-security-report-open-bucket.eml",
    frm=addr("Sam Okonkwo", "sam.okonkwo.sec@example.net"),
    subject="Security issue: publicly readable order export",
    date="2026-10-03 22:14 +0000",
    client="gmail",
    text="""Hello,

I'm an independent security researcher. While looking at files linked from your site I found that https://files.3dpros.com/exports/ lists CSV files of order exports (names, addresses, emails) without authentication. I have not downloaded more than a directory listing to confirm.

I'd recommend removing public access right away. Happy to answer questions; I'm not asking for payment.

Sam Okonkwo
""",
    label=neg("security report about exposed data; nobody asks about their own data"),
))

add(Mail(
    file="en-negative-cookie-banner-bug.eml",
    frm=addr("Nora Fitzgerald", "nora.fitz@example.ie"),
    subject="cookie banner won't close on iPhone",
    date="2026-10-04 13:13 +0100",
    client="apple",
    domain="example.ie",
    text="""Just FYI - on Safari on my iPhone the cookie banner covers the checkout button and neither "Accept" nor "Reject" closes it. I had to order from my laptop. Not a big deal, just thought you should know.

Nora

Sent from my iPhone""",
    label=neg("bug report about the consent banner, no request"),
))

add(Mail(
    file="en-negative-student-gdpr-survey.eml",
    frm=addr("Felix Andersson", "felix.andersson@student.example.se"),
    subject="Short survey: how do small shops handle GDPR requests? (5 min)",
    date="2026-10-05 09:00 +0200",
    client="gmail",
    text="""Hi!

I'm a master's student in Lund writing my thesis on how small e-commerce businesses handle data subject requests (access, deletion, objection, etc.). Would one of you have 5 minutes to answer a short anonymous survey? https://forms.example/gdpr-smb-2026

Thank you very much,
Felix Andersson
""",
    label=neg("research survey about privacy requests; not a request"),
))

add(Mail(
    file="en-negative-friend-forwards-gdpr-fine-article.eml",
    frm=addr("Ray Whitfield", "ray.whitfield@example.com"),
    subject="Fwd: Small retailer fined for ignoring customer's data request",
    date="2026-10-06 18:30 -0500",
    client="gmail",
    text="""Dana - saw this and thought of your shop. Make sure you answer those privacy emails! Love, Dad

---------- Forwarded message ---------
From: Tech Business Daily <news@techbizdaily.example>
Date: Tue, Oct 6, 2026
Subject: Small retailer fined for ignoring customer's data request

A small online retailer has been fined EUR 20,000 after ignoring a customer's request for a copy of her personal data and a later request to delete it...
""",
    label=neg("family forward of a news article about data requests"),
))

add(Mail(
    file="en-negative-customer-replies-to-newsletter-praise.eml",
    frm=addr("Jolene Marquardt", "jolene.m@example.com"),
    subject="Re: Halloween drop: glow-in-the-dark skull planters",
    date="2026-10-07 20:44 -0500",
    client="gmail",
    text="""Omg the skull planters!! Do you have them in silk gold too? I want two.

Jolene

On Wed, Oct 7, 2026 at 9:00 AM 3DPros <3dprosteam@gmail.com> wrote:
> Halloween drop: glow-in-the-dark skull planters, 3 sizes.
> Don't want these emails? Reply "unsubscribe" or click here.
""",
    label=neg("reply to our newsletter asking about a product; quoted footer mentions unsubscribe"),
))

add(Mail(
    file="en-negative-sms-restock-opt-in.eml",
    frm=addr("Devon Price", "devon.price@example.net"),
    subject="restock alert",
    date="2026-10-08 12:01 -0700",
    client="gmail",
    text="""yes please text me when the marble PLA is back, my number is 555-0109. thanks
""",
    label=neg("opt-in to restock texts"),
))

add(Mail(
    file="en-negative-calendar-invite-supplier-call.eml",
    frm=addr("Martin Greer", "mgreer@polymersupply.example"),
    subject="Invitation: Q4 pricing call - 3DPros / Polymer Supply @ Thu Oct 15, 2026 10am - 10:30am (CDT)",
    date="2026-10-09 14:10 -0400",
    client="gmail",
    text="""Hi Marco, sending an invite for our Q4 pricing call. Talk Thursday!

Martin
""",
    attachments=[Att("invite.ics", "text/calendar", (
        "BEGIN:VCALENDAR\r\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\n"
        "BEGIN:VEVENT\r\nDTSTART:20261015T150000Z\r\nDTEND:20261015T153000Z\r\nSUMMARY:Q4 pricing call - 3DPros / Polymer Supply\r\n"
        "ORGANIZER;CN=Martin Greer:mailto:mgreer@polymersupply.example\r\nATTENDEE;CN=3dprosteam@gmail.com:mailto:3dprosteam@gmail.com\r\n"
        "UID:7k3f0ab1c2@google.com\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n").encode())],
    label=neg("calendar invite from a supplier"),
))

add(Mail(
    file="en-negative-marketplace-new-order-notification.eml",
    frm=addr("Craftloom Seller Notifications", "notify@craftloom.example"),
    subject="You made a sale on Craftloom! Order #CL-5521078",
    date="2026-10-10 03:22 +0000",
    client="plain",
    domain="craftloom.example",
    mailer="Craftloom Notify",
    html="""<html><body style="font-family:Helvetica,Arial"><h2>Congrats, you made a sale!</h2>
<table><tr><td>Order</td><td>#CL-5521078</td></tr><tr><td>Item</td><td>Low-poly fox planter (medium, matte white)</td></tr>
<tr><td>Buyer</td><td>Kelsey R.</td></tr><tr><td>Ship to</td><td>Spokane, WA</td></tr><tr><td>Ship by</td><td>Oct 14</td></tr></table>
<p><a href="https://craftloom.example/shop/orders/5521078">View order</a></p>
<p style="color:#888;font-size:11px">Craftloom, Inc. Manage your notification settings in Shop Manager.</p></body></html>""",
    html_only=True,
    label=neg("SaaS marketplace order notification, HTML only"),
))

add(Mail(
    file="en-negative-payment-dispute-notice.eml",
    frm=addr("PayBridge Disputes", "disputes@paybridge.example"),
    subject="Action required: a customer disputed a payment (case PB-D-30918)",
    date="2026-10-11 05:10 +0000",
    client="plain",
    domain="paybridge.example",
    text="""Hello 3DPros LLC,

A customer has disputed a payment of $86.40 (transaction 9QX11203). Reason given: item not received.

Respond by October 25, 2026 by uploading proof of delivery in your PayBridge dashboard. If you do not respond, the dispute will be decided in the customer's favor.

PayBridge Merchant Services
This is an automated notice. Please do not reply to this email.
""",
    label=neg("payment processor dispute notice"),
))

add(Mail(
    file="fr-negative-livraison-quebec-douane.eml",
    frm=addr("Mathieu Gagnon", "mathieu.gagnon@example.ca"),
    subject="Frais de douane pour le Québec ?",
    date="2026-10-12 19:40 -0400",
    client="gmail",
    content_language="fr-CA",
    text="""Bonjour,

Si je commande le kit de terrain modulaire, est-ce que je vais devoir payer des frais de douane à la livraison à Trois-Rivières? Et combien de temps prend la livraison au Québec?

Merci!
Mathieu
""",
    label=neg("French (Québec) shipping/customs question"),
))

add(Mail(
    file="es-negative-presupuesto-piezas.eml",
    frm=addr("Iker Etxeberria", "iker.etxeberria@example.es"),
    subject="Presupuesto para 40 piezas",
    date="2026-10-13 10:10 +0200",
    client="gmail",
    content_language="es-ES",
    text="""Hola,

¿Me podéis pasar presupuesto para 40 unidades de la pieza adjunta en PETG negro? Envío a Bilbao. Si necesitáis el archivo en STEP también lo tengo.

Gracias,
Iker
""",
    attachments=[Att("soporte.stl", "model/stl", b"solid soporte\nendsolid soporte\n")],
    label=neg("Spanish quote request"),
))

add(Mail(
    file="it-negative-fattura-codice-fiscale.eml",
    frm=addr("Chiara Benedetti", "chiara.benedetti@example.it"),
    subject="Fattura ordine 3DP-22012",
    date="2026-10-14 15:30 +0200",
    client="gmail",
    content_language="it-IT",
    text="""Buongiorno,

potreste inviarmi la fattura dell'ordine 3DP-22012 intestata alla mia ditta? Dati: Benedetti Design di Chiara Benedetti, P.IVA IT00000000000, via Garibaldi 8, 10122 Torino.

Grazie mille,
Chiara
""",
    label=neg("Italian invoice request with business tax data"),
))

add(Mail(
    file="de-negative-ch-zoll-lieferung.eml",
    frm=addr("Beat Hofstetter", "beat.hofstetter@example.ch"),
    subject="Lieferung in die Schweiz",
    date="2026-10-15 08:45 +0200",
    client="apple",
    domain="example.ch",
    content_language="de-CH",
    text="""Grüezi

Liefern Sie auch in die Schweiz, und wenn ja, wird die Mehrwertsteuer schon beim Bestellen verrechnet oder muss ich die bei der Post bezahlen? Es geht um zwei Rollen PETG.

Freundliche Grüsse
Beat Hofstetter""",
    label=neg("Swiss German forms (Grüezi, Grüsse) in an ordinary shipping question"),
))

add(Mail(
    file="nl-negative-verzendkosten-vraag.eml",
    frm=addr("Joost van Leeuwen", "joost.vanleeuwen@example.nl"),
    subject="verzendkosten naar Nederland",
    date="2026-10-16 21:02 +0200",
    client="gmail",
    content_language="nl-NL",
    text="""Hoi, wat zijn de verzendkosten naar Nederland voor 3 spoelen? En kan ik met iDEAL betalen?

Groet, Joost
""",
    label=neg("Dutch shipping question"),
))

add(Mail(
    file="pt-negative-frete-brasil.eml",
    frm=addr("Camila Rocha", "camila.rocha@example.com.br"),
    subject="Frete para o Brasil",
    date="2026-10-17 14:25 -0300",
    client="gmail",
    content_language="pt-BR",
    text="""Oi! Vocês enviam para o Brasil? Queria encomendar uma miniatura personalizada do meu cachorro. Qual seria o prazo e o valor do frete para São Paulo?

Obrigada,
Camila
""",
    label=neg("Brazilian shipping question"),
))

# --------------------------------------------------------------------------- phishing / scams

add(Mail(
    file="en-negative-phishing-fake-data-protection-office.eml",
    frm=addr("European Data Protection Office - Compliance Unit", "compliance@edpo-eu-portal.example"),
    subject="FINAL NOTICE: Unanswered data subject complaint ref. EDPO/2026/44817",
    date="2026-10-19 06:12 +0000",
    client="plain",
    domain="edpo-eu-portal.example",
    html="""<html><body style="font-family:Arial">
<p><b>EUROPEAN DATA PROTECTION OFFICE</b><br>Compliance &amp; Enforcement Unit</p>
<p>Dear Data Controller,</p>
<p>A data subject has filed a complaint against <b>3DPros LLC</b> under Article 77 GDPR for failing to answer an access request. You are required to submit your response within <b>48 hours</b> to avoid an administrative fine of up to EUR 20,000,000.</p>
<p>To review the complaint and upload your response, log in to the secure Controller Portal with your Google account:</p>
<p><a href="https://edpo-eu-portal.example/controller/login?case=44817">View complaint EDPO/2026/44817</a></p>
<p>Failure to respond will result in escalation to the competent supervisory authority.</p>
<p>Regards,<br>Compliance Unit</p>
</body></html>""",
    html_only=True,
    label=neg("phishing imitating an official data-protection office; asks us to log in"),
))

add(Mail(
    file="en-negative-phishing-dsr-portal-pending.eml",
    frm=addr("DSR Portal", "no-reply@dsr-requestcenter.example"),
    subject="You have 1 new Data Subject Request pending (deletion) - respond within 72h",
    date="2026-10-21 02:40 +0000",
    client="plain",
    domain="dsr-requestcenter.example",
    text="""DSR Request Center

A consumer has submitted a DELETION request to 3DPros LLC through the DSR Request Center.

Request type: Deletion / Do Not Sell
Submitted: 10/20/2026
Status: Awaiting business response

To view the consumer's details and confirm completion, sign in to your business dashboard:
https://dsr-requestcenter.example/b/signin?ref=3dpros

Unanswered requests are reported to the state Attorney General after 72 hours.

(c) DSR Request Center. This message was sent to 3dprosteam@gmail.com.
""",
    label=neg("phishing posing as a 'data request portal'; no real data subject, asks to sign in"),
))

add(Mail(
    file="en-negative-phishing-mailbox-suspended-gdpr.eml",
    frm=addr("Mail Administrator", "security-notice@mailbox-verify.example"),
    subject="Your mailbox will be suspended - GDPR compliance verification required",
    date="2026-10-23 11:59 +0000",
    client="plain",
    domain="mailbox-verify.example",
    text="""Dear 3dprosteam@gmail.com,

Due to new GDPR regulations, all business mailboxes must verify their data protection settings. Your mailbox has not been verified and will be suspended in 24 hours.

Verify now: https://mailbox-verify.example/gdpr/verify?u=3dprosteam

Mail Administrator
""",
    label=neg("credential phishing using GDPR as a pretext"),
))

add(Mail(
    file="fr-negative-phishing-fausse-cnil.eml",
    frm=addr("CNIL - Service des plaintes", "plaintes@cnil-notification.example"),
    subject=subj("Mise en demeure – dossier n° 2026-118734"),
    date="2026-10-26 08:03 +0100",
    client="plain",
    domain="cnil-notification.example",
    content_language="fr-FR",
    text="""Madame, Monsieur,

Suite à une plainte d'un de vos clients concernant l'exercice de son droit d'accès, la Commission vous met en demeure de régulariser votre situation sous 48 heures.

Le dossier complet est disponible après authentification sur notre plateforme sécurisée :
https://cnil-notification.example/dossier/2026-118734

À défaut, une sanction pécuniaire pourra être prononcée.

Service des plaintes
""",
    label=neg("French phishing imitating the CNIL; asks to authenticate on a link"),
))

add(Mail(
    file="de-negative-abmahnung-google-fonts-betrug.eml",
    frm=addr("Kanzlei Dr. Reinholz & Partner", "forderung@kanzlei-reinholz.example"),
    subject=subj("DSGVO-Verstoß: Schadensersatzforderung wegen Google Fonts"),
    date="2026-11-03 09:44 +0100",
    client="plain",
    domain="kanzlei-reinholz.example",
    content_language="de-DE",
    text="""Sehr geehrte Damen und Herren,

wir zeigen an, dass wir Herrn M. vertreten. Beim Besuch Ihrer Website wurde seine IP-Adresse durch die dynamische Einbindung von Google Fonts ohne Einwilligung an Google in den USA übermittelt. Dies stellt einen Verstoß gegen die DSGVO dar.

Zur außergerichtlichen Erledigung fordern wir Sie auf, einen Betrag von EUR 170,00 bis zum 17.11.2026 auf das unten genannte Konto zu überweisen. Eine Auskunft nach Art. 15 DSGVO behält sich unser Mandant ausdrücklich vor.

IBAN: DE00 0000 0000 0000 0000 00

Mit freundlichen Grüßen
Dr. Reinholz
""",
    label=neg("German mass-'Abmahnung' payment scam; demands money, 'behält sich Auskunft vor' is no request"),
))

# --------------------------------------------------------------------------- a couple more ordinary ones

add(Mail(
    file="en-negative-reprint-request-lost-file.eml",
    frm=addr("Gordon Achebe", "gordon.achebe@example.com"),
    subject="Reprint of my old order",
    date="2026-11-05 10:20 -0500",
    client="outlookcom",
    text="""Hi,

Do you still have the model from my order last year (the brass-look door handle)? I'd like two more exactly the same. Please keep my info on file so I don't have to re-enter everything.

Gordon
""",
    label=neg("reorder; 'keep my info on file' is the opposite of a data request"),
))

add(Mail(
    file="en-negative-change-gift-message.eml",
    frm=addr("Patty Lindgren", "patty.lindgren@example.org"),
    subject="gift note on my order",
    date="2026-11-10 16:02 -0600",
    client="gmail",
    text="""Hi! On order 3DP-23310 (the planter going to my sister in Duluth) could you change the gift note to "Happy birthday Jo - love, P" instead of my full name? And please leave the price off the packing slip.

Thank you!!
Patty
""",
    label=neg("change the gift note/packing slip on an order"),
))
