"""Set B: negatives - ordinary business mail, many worded like privacy requests."""

from common import N, list_headers
from kit import Att, addr, fake_pdf, fake_stl, ics_invite, when

# ================================================================ hard negatives worded like requests

N("en-negative-delete-my-order.eml", addr("Chloe Park", "chloe.park@example.com"), "delete my order??",
  "2026-09-02 21:17 -0700",
  """hi can you delete my order from earlier tonight (3D-4701)? i picked the wrong color, i wanted the
galaxy black not the matte black. i'll just place a new one. sorry!!

chloe""", notes="'delete my order' is order handling (cancel), not a privacy request.")

N("en-negative-update-shipping-address.eml", addr("Brandon Mills", "bmills@example.net"),
  "Update shipping address - order 3D-5188", "2026-10-28 09:14 -0400",
  """Hi,

I just moved and forgot to change the address before ordering. Could you please update the shipping
address on order 3D-5188 to:

Brandon Mills
77 Larkspur Lane, Apt 4B
Columbus, OH 43215

It hasn't shipped yet according to the tracking page. Thanks!
Brandon""", client="outlookcom", notes="Shipping address change on an open order: order handling.")

N("en-negative-cancel-subscription.eml", addr("Alyssa Romero", "alyssa.romero@example.org"),
  "Cancel my subscription", "2026-11-08 16:50 -0700",
  """Hello,

Please cancel my Filament of the Month subscription after the November box. Money is tight with the
holidays coming up. I might restart in the spring!

Thanks,
Alyssa""", notes="Cancelling a product subscription is not a marketing opt-out or deletion.")

N("en-negative-remove-supports.eml", addr("Ethan Walsh", "ethan.walsh@example.com"),
  "Re: Quote for terrain tiles", "2026-09-24 12:03 -0500",
  """Hey Marco,

Looks good. One thing - can you remove the supports from the model and clean up the support marks on
the bottom of the tiles before you ship? I don't have the tools for it. Happy to pay the extra $15.

Also please delete the two smallest tiles from the quote, I don't need those.

Ethan""", notes="'remove the supports', 'delete the tiles from the quote': print and quote handling.")

N("en-negative-access-stl-file.eml", addr("Grace Holt", "grace.holt@example.net"), "Access to my STL?",
  "2026-10-15 10:22 -0400",
  """Hi there,

Back in March you designed a custom replacement knob for my vintage stereo. Is there any way I can get
access to the STL file? My nephew has a printer now and we'd like to print a spare.

Thank you!
Grace""", notes="Asks for the design file (a deliverable), not for her personal data.")

N("en-negative-erase-quote.eml", addr("Derek Simmons", "dsimmons@lakeside-robotics.example"),
  "RE: Quote Q-2026-219 - please cancel", "2026-11-19 14:11 -0600",
  """Hi Dana,

Please cancel and erase quote Q-2026-219 - the team decided to go with injection molding for this run.
Thanks for the quick turnaround on it though, we'll keep you in mind for prototypes.

Derek Simmons
Operations Manager | Lakeside Robotics
(608) 555-0107""", client="outlook", notes="Cancel/erase a quote: business handling.")

N("en-negative-ap-correct-invoice-address.eml", addr("Accounts Payable", "ap@brightline-dental.example"),
  "Invoice INV-26-1012 - please correct billing address", "2026-10-07 08:40 -0500",
  """Hello,

Our accounts payable system rejected invoice INV-26-1012 because the billing address is out of date.
Please correct the billing address on the invoice to our new headquarters and re-send:

Brightline Dental Labs, Inc.
Attn: Accounts Payable
4400 Commerce Pkwy, Suite 210
Plano, TX 75024

PO number 77813 must appear on the invoice.

Thank you,
Accounts Payable
Brightline Dental Labs""", client="outlook",
  notes="A company's AP asks to correct an invoice address: transaction document, not a correction request.")

N("en-negative-unsubscribe-link-broken.eml", addr("Nora Quinlan", "nquinlan@example.org"),
  "FYI your unsubscribe link is broken", "2026-10-15 20:40 -0400",
  """Hi, just a heads up - the unsubscribe link at the bottom of your Spooky Season email goes to a 404
page. I'm NOT trying to unsubscribe, I like your emails! Just thought you'd want to know since some
people will be annoyed.

Nora""", notes="Bug report about the unsubscribe link that explicitly does not ask to unsubscribe.")

N("en-negative-privacy-policy-question.eml", addr("Harvey Lin", "harvey.lin@example.com"),
  "Question about your privacy policy", "2026-09-19 13:30 -0700",
  """Hello,

Before I order I read your privacy notice. It says you don't sell personal information. Does that
also cover the payment processor, i.e. do they get my full address or only the card details? Just
trying to understand how it works, no action needed on your end.

Thanks,
Harvey""", notes="A question about the privacy notice that asks for nothing to be done.")

N("en-negative-privacy-in-passing.eml", addr("Melissa Grant", "mgrant@example.net"),
  "Gift order - where is it?", "2026-12-02 09:51 -0600",
  """Hi!

I ordered the personalized chess set (3D-5377) as a surprise for my husband. I'm a pretty private
person and I didn't want the package to say what's inside, so thank you for the plain box option. But
the tracking hasn't updated in 4 days - is it stuck somewhere? His birthday is Saturday.

Thanks so much,
Melissa""", notes="Mentions privacy in passing; the actual ask is order tracking.")

N("en-negative-remove-name-from-plaque.eml", addr("Ricardo Alves", "ricardo.alves@example.com"),
  "Change to the plaque design", "2026-11-04 11:15 -0500",
  """Hey Dana,

For the retirement plaque (quote Q-2026-241) can you remove my name from the bottom line and just
put "From the Night Shift Crew"? Everything else is perfect.

Ricardo""", notes="'remove my name' from a product design: order handling.")

N("en-negative-consent-to-feature.eml", addr("Beth Donnelly", "bethd@example.org"), "Photo for your site!",
  "2026-09-27 18:06 -0500",
  """Hi guys,

The lithophane of our dog came out amazing. I attached a photo of it lit up on the mantel. You have
my permission to use it (and my first name) on your website or Instagram if you want!

Beth""", attachments=[Att("lithophane_mantel.jpg", "image/jpeg", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(200)) + b"\xff\xd9")],
  notes="Gives consent rather than withdrawing it: not a request.")

N("en-negative-password-reset.eml", addr("Owen Fletcher", "owen.fletcher@example.com"),
  "can't log in to my account", "2026-10-22 07:33 -0400",
  """Hi, I can't log in to my account, the reset password email never arrives (checked spam). Can you
reset it manually or send me a link? I want to reorder the spool holders.

Thanks, Owen""", notes="Account access problem, not a data access request.")

N("en-negative-data-sheet-request.eml", addr("Karen Whitaker", "k.whitaker@northfield-schools.example"),
  "Safety data sheet for resin", "2026-09-10 10:02 -0500",
  """Hello,

Our district requires a safety data sheet (SDS) on file for any resin used in classrooms. Could you
send the SDS for the "Tough Grey" resin we purchased last month (order 3D-4650)?

Thank you,
Karen Whitaker
STEM Coordinator, Northfield Public Schools""", client="outlook", notes="'data sheet' request: product documentation.")

N("en-negative-student-survey.eml", addr("Aisha Bello", "aisha.bello@university.example"),
  "Research survey: how small online shops handle GDPR", "2026-10-08 14:25 -0400",
  """Dear 3DPros team,

I'm a master's student researching how small e-commerce businesses handle data protection rules like
the GDPR and CCPA. Would you be willing to fill out a 10-minute anonymous survey? Link:
https://survey.university.example/s/dp-small-biz

There is no obligation, and no personal data about your customers is collected.

Thank you,
Aisha Bello
MSc Information Systems""", notes="Survey invitation about privacy law; not a request.")

# ================================================================ phishing imitating authorities / portals

N("en-negative-phishing-dpa-complaint.eml", addr("EU Data Protection Compliance Office", "notice@edpb-compliance.example"),
  "URGENT: GDPR complaint filed against 3DPros LLC - respond within 48 hours", "2026-09-16 03:12 +0000",
  html="""<html><body style="font-family:Arial">
<p><img src="https://edpb-compliance.example/logo_eu.png" alt="European Data Protection Board"></p>
<p>Dear Data Controller,</p>
<p>A formal complaint (Case No. <b>EDPB-2026-88431</b>) has been lodged against <b>3DPros LLC</b> under Article 77 of the General Data Protection Regulation. Failure to respond within <b>48 hours</b> may result in an administrative fine of up to EUR 20,000,000.</p>
<p>To view the complaint and submit your response, sign in to the secure compliance portal:</p>
<p><a href="https://edpb-compliance.example/case/login?id=88431">VIEW COMPLAINT</a></p>
<p>Regards,<br>Compliance Enforcement Unit</p>
</body></html>""", html_only=True, client="plain", mailer="PHPMailer 6.9.1",
  notes="Phishing imitating an EU data-protection authority: asks us to sign in to a portal.")

N("en-negative-phishing-dsr-portal.eml", addr("PrivacyPortal Notifications", "alerts@dsr-portal-secure.example"),
  "You have 3 pending Data Subject Requests", "2026-10-21 11:48 +0000",
  """PrivacyPortal

You have 3 new Data Subject Access Requests awaiting action for 3dprosteam@gmail.com.

  DSR-44102  Access request     Due in 2 days
  DSR-44107  Deletion request   Due in 2 days
  DSR-44119  Access request     OVERDUE

Log in with your Google account to review the requests and upload the requested customer records:
https://dsr-portal-secure.example/auth/google?continue=inbox

Unanswered requests are automatically escalated to the regulator.

(c) 2026 PrivacyPortal Inc.""", client="plain",
  notes="Phishing styled as a 'data request portal': log in and upload customer records.")

N("en-negative-phishing-cppa-violation.eml", addr("California Privacy Protection Agency", "enforcement@cppa-ca-gov.example"),
  "Notice of Violation - Case CPPA-26-11903", "2026-11-05 17:22 +0000",
  """NOTICE OF VIOLATION

Business: 3DPros LLC
Case: CPPA-26-11903

Our office has received consumer complaints alleging that your business failed to honor opt-out
requests under the California Consumer Privacy Act. Please review the attached notice and complete the
response form within 5 business days to avoid penalties of $7,500 per violation.

Open the attached file to view the notice.""", client="plain",
  attachments=[Att("Notice_CPPA-26-11903.html", "text/html",
                   b"<html><body><script>window.location='https://cppa-ca-gov.example/verify'</script></body></html>")],
  notes="Phishing imitating the California privacy regulator with an HTML attachment.")

N("en-negative-phishing-invoice.eml", addr("Billing Department", "billing@filament-supply-invoices.example"),
  "Overdue invoice #INV-88213 - final notice", "2026-11-27 06:01 +0000",
  """Dear customer,

Your account is past due. Please review the attached invoice and remit payment today to avoid
suspension of service.

Download invoice: https://filament-supply-invoices.example/dl/INV-88213.zip

Accounts Receivable""", client="plain", notes="Ordinary invoice phishing.")

N("en-negative-privacy-law-newsletter.eml", addr("Statehouse Privacy Brief", "brief@statehouse-privacy.example"),
  "State Privacy Law Roundup - October 2026: new opt-out rules, appeal deadlines", "2026-10-06 07:00 -0400",
  """STATE PRIVACY LAW ROUNDUP - OCTOBER 2026

1. Universal opt-out signals: three more states now require businesses to honor Global Privacy
   Control as a valid request to opt out of sale and targeted advertising.
2. Appeals: regulators remind businesses that consumers must be able to appeal a refusal to act on
   their request to access, correct or delete personal data, and that appeals must be answered
   within 45-60 days.
3. Minors: California's rules on removal of content posted by minors are drawing new attention.

What this means for small retailers: keep a record of every access, deletion and opt-out request.

You are receiving this because you subscribed at statehouse-privacy.example.
Unsubscribe: https://statehouse-privacy.example/u/3dprosteam""", client="plain", mailer="Sendy",
  extra=list_headers("<brief.statehouse-privacy.example>", "<https://statehouse-privacy.example/u/3dprosteam>"),
  automated="list", notes="Newsletter about privacy law full of request vocabulary: bulk list mail, not a request.")

N("en-negative-vendor-dpa-update.eml", addr("MailJar", "legal@mailjar.example"),
  "Action required: updated Data Processing Addendum", "2026-09-29 15:00 +0000",
  """Hi 3DPros,

We've updated our Data Processing Addendum (DPA) and Subprocessor List to reflect new EU-US transfer
mechanisms. The new DPA takes effect on November 1, 2026. No action is needed to keep using MailJar;
if you need a countersigned copy, download it from Settings > Legal in your dashboard.

The MailJar Team""", client="plain", mailer="MailJar Transactional",
  notes="Vendor notice about its DPA: legal vocabulary, no request.")

N("en-negative-cookie-tool-marketing.eml", addr("Kira at ConsentKit", "kira@consentkit.example"),
  "Is 3dpros.com CCPA compliant? (free scan)", "2026-11-10 10:30 -0500",
  """Hi there,

We ran a quick scan of 3dpros.com and noticed your site loads 6 third-party trackers before the
visitor consents. Under GDPR and CCPA that can lead to complaints and fines.

ConsentKit adds a compliant cookie banner and handles "Do Not Sell" requests automatically. Want me to
send the full report? It's free.

Kira
Growth @ ConsentKit""", notes="Vendor cold email using privacy-law vocabulary.")

# ================================================================ ordinary business mail

N("en-negative-order-status.eml", addr("Luis Medina", "luis.medina@example.com"), "where is my order",
  "2026-09-06 11:47 -0700",
  """Hey, ordered the wall-mount headphone hooks (3D-4720) 9 days ago and still no tracking number.
Is it shipped?

Luis""", notes="Order status.")

N("en-negative-quote-cosplay-helmet.eml", addr("Jordan Ellis", "jordan.ellis.cosplay@example.net"),
  "Quote request: Mandalorian-style helmet", "2026-09-08 22:30 -0400",
  """Hi 3DPros!

I'm looking for a quote on a full-size helmet for cosplay (about 24cm wide, my head circumference is
58cm). I'd like it printed in PLA in 4-5 pieces so I can sand and paint it myself. No supports on the
visor area if possible. Timeline: ready by early December for a convention.

Do you need the STL from me or can you source it? I bought a file from a designer online.

Thanks,
Jordan""", notes="Quote request.")

N("en-negative-supplier-invoice.eml", addr("Filamentia Supply Co.", "invoices@filamentia.example"),
  "Invoice 2026-30419 from Filamentia Supply Co.", "2026-09-30 04:15 -0400",
  """Dear 3DPros LLC,

Please find attached invoice 2026-30419 for your order of 24 x 1kg PLA+ and 12 x 1kg PETG.

Amount due: $612.40
Due date: October 30, 2026

Thank you for your business.
Filamentia Supply Co. | Accounts Receivable""", client="plain", mailer="QuickLedger Online",
  attachments=[Att("Invoice_2026-30419.pdf", "application/pdf",
                   fake_pdf("Invoice 2026-30419", ["FILAMENTIA SUPPLY CO.", "INVOICE 2026-30419",
                                                   "Bill to: 3DPros LLC", "24 x PLA+ 1kg  12 x PETG 1kg",
                                                   "Total due: $612.40"]))],
  notes="Supplier invoice with a PDF.")

N("en-negative-shipping-exception.eml", addr("ParcelPoint Tracking", "tracking@parcelpoint.example"),
  "Delivery exception: 1Z8X94E20398812345", "2026-11-13 13:02 -0500",
  """ParcelPoint

Delivery exception for shipment 1Z8X94E20398812345

Reference: 3D-5261
Status: Address information required
We were unable to deliver your package because the apartment number is missing. Please update the
delivery instructions by November 15 or the package will be returned to the sender.

Track your package: https://parcelpoint.example/track/1Z8X94E20398812345""", client="plain",
  notes="Carrier notification; 'update address' for a parcel.")

N("en-negative-job-application.eml", addr("Samuel Ortiz", "samuel.ortiz.cad@example.com"),
  "Application - part-time print technician", "2026-10-01 19:45 -0500",
  """Dear Dana and Marco,

I saw your post on the Austin Makers board that you're looking for a part-time print technician. I
have two years of experience running a Prusa and Bambu farm at my university's makerspace, I'm
comfortable with Fusion 360, and I live 10 minutes from Pflugerville.

My resume is attached. I'm available evenings and weekends.

Best,
Samuel Ortiz
(512) 555-0186""", attachments=[Att("Samuel_Ortiz_Resume.pdf", "application/pdf",
                                     fake_pdf("Resume", ["SAMUEL ORTIZ", "Print Technician",
                                                         "Makerspace Lead, 2024-2026"]))],
  notes="Job application with a CV.")

N("en-negative-vendor-marketing-software.eml", addr("PrintFleet", "news@printfleet.example"),
  "New in PrintFleet: farm scheduling + 30% off annual plans", "2026-10-12 09:00 -0700",
  """Run your print farm on autopilot.

New this month in PrintFleet:
 - Smart scheduling across up to 50 printers
 - Filament usage forecasting
 - Failed-print detection with camera AI

Upgrade to annual and save 30% until October 31.
https://printfleet.example/pricing

You're receiving this because you have a PrintFleet trial account.
Unsubscribe | Preferences""", client="plain", mailer="Customer.io",
  extra=list_headers("<marketing.printfleet.example>", "<https://printfleet.example/unsub>"),
  notes="Vendor marketing.")

N("en-negative-refund-warped.eml", addr("Tasha Reynolds", "tasha.r@example.com"), "Refund for warped tray",
  "2026-10-10 16:28 -0500",
  """Hi,

The catch-all tray I ordered (3D-4980) arrived warped - it wobbles on the desk. Photos attached. Could I
get a refund or a replacement, whichever is easier for you?

Thanks,
Tasha""", attachments=[Att("tray1.jpg", "image/jpeg", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(90) + b"\xff\xd9")],
  notes="Refund request for a product.")

N("en-negative-wholesale-inquiry.eml", addr("Priscilla Dunn", "priscilla@thegameden.example"),
  "Wholesale pricing for dice towers?", "2026-09-15 12:55 -0400",
  """Hi there,

I own a board game cafe in Raleigh and we'd like to stock your dragon dice towers. Do you offer
wholesale pricing for orders of 20+? Could you send a price sheet?

Thanks!
Priscilla Dunn
The Game Den""", notes="Wholesale inquiry.")

N("en-negative-teacher-classroom.eml", addr("Mr. Adam Reyes", "areyes@riverbend-ms.example"),
  "Classroom project - 30 small prints", "2026-11-03 15:48 -0600",
  """Hello,

My 7th graders designed keychains in Tinkercad for our engineering unit. Would you be able to print 30
of them (each about 5cm) before winter break? The school can pay by purchase order. I can send the
files as a zip.

Thank you,
Adam Reyes
Science, Riverbend Middle School""", notes="School order inquiry.")

N("en-negative-stl-license-question.eml", addr("Caleb Turner", "caleb.turner@example.net"),
  "Can I sell prints of your models?", "2026-11-16 21:02 -0500",
  """Hi, I bought the modular castle STL pack from your store. Am I allowed to sell printed copies at my
local craft fair, or is it personal use only? Couldn't find the license terms.

Caleb""", notes="Licensing question.")

N("en-negative-marketplace-notification.eml", addr("Etsy", "transaction@etsy-mail.example"),
  "You made a sale on Etsy! Ship by Sep 24", "2026-09-19 10:11 -0700",
  """Congratulations! You sold 1 item.

Order #3217765409
Item: Articulated Axolotl - Pastel Rainbow (x1)
Ship by: Sep 24, 2026
Buyer note: "for my niece's birthday, thank you!"

View order details in Shop Manager.""", client="plain", mailer="Etsy Mailer",
  notes="Marketplace sale notification.")

N("en-negative-calendar-invite.eml", addr("Jenna Alvarez", "jenna.alvarez@filamentia.example"),
  "Invitation: Q4 filament pricing call @ Thu Oct 15, 2026 10am - 10:30am (CDT)", "2026-10-09 13:20 -0500",
  """Jenna Alvarez has invited you to a meeting.

Q4 filament pricing call
Thursday Oct 15, 2026 10am - 10:30am (Central Time)
Joining: https://meet.example/fil-q4-3dp

Agenda: volume tiers for 2027, new silk colors, shipping surcharges.""",
  attachments=[Att("invite.ics", "text/calendar", ics_invite("q4pricing-3dp@filamentia.example",
                                                             "Q4 filament pricing call",
                                                             when("2026-10-15 10:00 -0500"), 30,
                                                             "jenna.alvarez@filamentia.example",
                                                             "3dprosteam@gmail.com", "https://meet.example/fil-q4-3dp",
                                                             "Volume tiers for 2027"))],
  notes="Calendar invitation from a supplier.")

N("en-negative-payout-notice.eml", addr("PayStream", "notifications@paystream.example"),
  "Your payout of $2,418.07 is on the way", "2026-10-05 05:30 +0000",
  """Hi 3DPros LLC,

A payout of $2,418.07 USD is on its way to your bank account ending in 4417.
Expected arrival: October 7, 2026.

View payout details in your dashboard.
PayStream Payments""", client="plain", notes="Payment processor payout notification.")

N("en-negative-domain-renewal.eml", addr("NameHarbor", "renewals@nameharbor.example"),
  "Your domain 3dpros.com renews in 30 days", "2026-11-01 12:00 +0000",
  """Hi Dana,

Your domain 3dpros.com is set to auto-renew on December 1, 2026 for $18.99. Domain privacy (WHOIS
protection) will also renew at no charge.

Manage your domain: https://nameharbor.example/account""", client="plain",
  notes="Registrar renewal; mentions WHOIS privacy.")

N("en-negative-printer-parts-order.eml", addr("Hot End Depot", "orders@hotenddepot.example"),
  "Order confirmation #HED-559120", "2026-09-22 18:40 -0400",
  """Thanks for your order!

Order #HED-559120
 2 x Hardened steel nozzle 0.4mm
 1 x Bimetal heatbreak
 1 x Silicone sock (3-pack)

Subtotal: $74.85  Shipping: $6.95  Total: $81.80
Ships within 1 business day.""", client="plain", notes="Order confirmation from a parts supplier.")

N("en-negative-customer-survey-reply.eml", addr("Ian McAllister", "ian.mcallister@example.com"),
  "Re: How did we do?", "2026-11-28 14:44 -0800",
  """5 stars. Fast shipping and the print quality on the planters was great. Only suggestion: offer a
drainage-hole option.

Ian""", notes="Reply to a satisfaction survey.")

# ---------------------------------------------------------------- non-English negatives

N("de-negative-bestellung-stornieren.eml", addr("Matthias Keller", "m.keller@gmx-de.example"),
  "Bestellung stornieren", "2026-10-03 08:12 +0200",
  """Hallo,

bitte stornieren Sie meine Bestellung 3D-4933 und löschen Sie sie, ich habe versehentlich zweimal
bestellt. Die zweite Bestellung (3D-4934) soll bleiben.

Danke!
Matthias Keller""", client="gmx", notes="'Bestellung stornieren und löschen' - duplicate order, not a privacy request.")

N("de-negative-auskunft-lieferstatus.eml", addr("Sabine Roth", "sabine.roth@t-online.example"),
  "Auskunft zum Lieferstatus", "2026-11-24 17:20 +0100",
  """Guten Tag,

ich bitte um Auskunft über den Lieferstatus meiner Bestellung 3D-5302. Laut Sendungsverfolgung liegt
das Paket seit einer Woche beim Zoll in Frankfurt. Brauchen Sie noch Unterlagen von mir?

Mit freundlichen Grüßen
Sabine Roth""", client="thunderbird", domain="t-online.example", content_language="de-DE",
  notes="'Auskunft' about delivery status: not an Art. 15 request.")

N("fr-negative-devis.eml", addr("Amélie Rousseau", "amelie.rousseau@orange-fr.example"),
  "Demande de devis - figurines", "2026-10-16 15:40 +0200",
  """Bonjour,

Je souhaiterais obtenir un devis pour l'impression de 12 figurines (environ 8 cm) en résine, à partir
de fichiers STL que je vous fournirai. Livraison en France, à Nantes.

Merci d'avance,
Amélie Rousseau""", client="orange", notes="French quote request.")

N("es-negative-envio.eml", addr("Carlos Jiménez", "carlos.jimenez@example.com"), "Consulta sobre envío",
  "2026-09-25 11:05 -0500",
  """Hola,

¿Hacen envíos a Colombia? Me interesa el soporte para audífonos en forma de calavera. ¿Cuánto
costaría el envío a Medellín y cuánto tardaría?

Gracias,
Carlos""", notes="Spanish shipping question.")

N("it-negative-fattura.eml", addr("Studio Tecnico Ferri", "amministrazione@studioferri.example"),
  "Richiesta fattura ordine 3D-5015", "2026-10-20 10:30 +0200",
  """Buongiorno,

per l'ordine 3D-5015 avremmo bisogno della fattura intestata a:

Studio Tecnico Ferri S.r.l.
Via Garibaldi 18, 40121 Bologna
P.IVA IT01234560377

Potete cancellare la ricevuta precedente intestata a privato? Grazie.

Cordiali saluti
Amministrazione""", client="outlook", content_language="it-IT",
  notes="Italian invoice request ('cancellare la ricevuta'): billing.")

N("nl-negative-retour.eml", addr("Joost van Dijk", "joost.vandijk@kpn-mail.example"), "Retour sturen",
  "2026-11-12 19:19 +0100",
  """Hallo,

Het lampje (3D-5149) is in goede staat aangekomen maar de kleur valt tegen. Kan ik het retourneren en
hoe doe ik dat vanuit Nederland?

Groeten,
Joost""", notes="Dutch return question.")

N("pt-negative-pedido-atrasado.eml", addr("Juliana Costa", "juliana.costa@uol.example"), "Meu pedido atrasou",
  "2026-11-06 09:55 -0300",
  """Oi, tudo bem?

Meu pedido 3D-5098 ainda não chegou e já faz 25 dias. Vocês podem verificar com a transportadora?
Preciso excluir algum item para acelerar o envio?

Obrigada,
Juliana""", notes="Brazilian Portuguese order delay ('excluir algum item').")

N("ja-negative-chumon-toiawase.eml", addr("田中 健太", "kenta.tanaka@example.com", "iso-2022-jp", "B"),
  "注文内容の変更について", "2026-09-30 10:20 +0900",
  """3DPros ご担当者様

先日注文したフィギュアスタンド（注文番号 3D-4873）ですが、色を黒から白に変更することは可能でしょうか。
まだ発送前であればお願いしたいです。

田中 健太""", client="plain", mailer="Thunderbird", charset="iso-2022-jp", cte="7bit",
  subj_charset="iso-2022-jp", subj_enc="B", notes="Japanese order change.")
