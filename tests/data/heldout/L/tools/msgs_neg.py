"""Negatives and automated mail (hand-written)."""
from spec import M, L
from kit import fake_pdf, fake_jpeg, fake_stl, fake_ics

def N(notes=""): return L(notes=notes)

M("en-negative-gift-order-engraving-change.eml", "gmail", ("Holly Brennan", "holly.brennan@example.com"),
  "Change to gift order 3DP-27-06912", "2027-11-28 20:14:00 EST",
  """Hi!

Can I still change the engraving on the ornament set? I typed "Grandma Jo" but it should be "Nana Jo". Also please delete the gift message I added ("Love from the Denver crew") - she'll get a card instead. And don't include the invoice in the box, it's a present.

Thanks so much,
Holly""", L=N("gift-order change: 'delete the gift message' is order handling"))

M("en-negative-update-shipping-address.eml", "iphone", ("Marcus Webb", "marcus.webb@example.net"),
  "Wrong address!!", "2027-12-01 08:03:00 CST",
  """I just realized my order (3DP-27-07011, the replacement blender lid clips) has my old apartment number. Please update the shipping address to 4410 Cedar Park Dr Apt 12B, Austin TX 78727 before it ships. Thank you!!

Sent from my iPhone""", L=N("shipping address correction on an order, not a records correction; Texas named but no request"))

M("en-negative-return-dragon.eml", "apple", ("Sophie Marchand", "sophie.marchand@example.ca"),
  "Return request - articulated dragon", "2027-12-29 13:30:00 EST",
  """Hello,

My son received two articulated dragons for Christmas (one from you, one from his aunt). I'd like to return yours, unopened. Could you send me a return label and let me know how the refund works? Order 3DP-27-07288, shipped to Ottawa.

Thanks,
Sophie""", L=N("return request; 'request' + Ottawa but no privacy ask"))

M("en-negative-password-reset-loop.eml", "gmail", ("Kevin Aldana", "kevin.aldana@example.com"),
  "Can't access my account", "2027-11-08 22:40:00 PST",
  """Hey, I can't get into my account. The password reset email arrives but the link says "token expired" every single time, even when I click it right away. I need to access my saved cart before the sale ends. Can you reset it on your end or send me a new link?

Kevin""", L=N("account/password trouble using 'access my account'"))

M("en-negative-2fa-locked-out.eml", "outlook", ("Beth Ramsay", "beth.ramsay@example.co.uk"),
  "Locked out - verification code never arrives", "2027-12-10 09:25:00 GMT",
  """Hello,

After your site update I'm asked for a verification code at login, but the code never comes to my email. I've checked spam. After three tries the account got locked. Could you unlock it or remove the two-step verification so I can log in? I have an order to track.

Thanks,
Beth Ramsay""", L=N("account lock-out; 'remove the two-step verification' is support"))

M("en-negative-delete-duplicate-order.eml", "gmail", ("Arjun Mehta", "arjun.mehta@example.com"),
  "Duplicate order - please delete one", "2027-11-26 23:55:00 EST",
  """Hi, the checkout froze and I ended up with two identical orders (3DP-27-06870 and 3DP-27-06871) for the chess set. Please delete the second one and refund it.

Arjun""", L=N("'delete' an order"))

M("en-negative-stl-link-access-denied.eml", "tb", ("Lars Eklund", "lars.eklund@example.se"),
  "Access denied on STL download", "2027-12-04 11:45:00 CET",
  """Hi,

The download link for the final STL files of my custom board-game inserts gives "Access denied". Could you send me a copy of the files again or re-share the folder? I'd like to keep a backup of the design.

Regards,
Lars""", L=N("'access' + 'copy' of design files, order handling"))

M("en-negative-quote-replacement-knobs.eml", "gmail", ("Dana Whitfield", "dana@whitfieldappliance.example"),
  "Quote request: 60 replacement oven knobs", "2027-11-15 10:30:00 CST",
  """Hello,

We repair vintage ovens and need 60 replacement knobs (model attached as STL). Could you quote PETG vs. ABS, heat-resistant, black? Our customers' information isn't involved - just the part.

Dana Whitfield
Whitfield Appliance Repair""",
  atts=[("oven_knob_v3.stl", "model/stl", fake_stl("oven_knob_v3"))], L=N("B2B quote with STL attachment"))

M("en-negative-remove-supports.eml", "iphone", ("Colin Fairweather", "colin.f@example.com"),
  "Supports", "2027-11-19 12:12:00 EST",
  "Can you remove the supports and sand the base on my minis before shipping? Happy to pay extra. Order 3DP-27-06512.\n\nSent from my iPhone",
  L=N("'remove' as print finishing"))

M("en-negative-policy-question-retention.eml", "gmail", ("Helena Voss", "helena.voss@example.org"),
  "Question about your privacy policy", "2027-11-21 14:50:00 EST",
  """Hi,

Before I upload a scan of my late father's chess piece for you to reproduce: your privacy notice says you keep information no longer than 2 years. Does that also apply to the 3D scans and STL files customers upload, or are those handled differently? Just want to understand your policy before I send it.

Thanks,
Helena""", L=N("asks what the policy says without asking anything for herself"))

M("en-negative-job-application.eml", "gmail", ("Jordan Pike", "jordan.pike@example.com"),
  "Application: 3D print technician (holiday season)", "2027-11-05 08:20:00 CST",
  """Hello,

I'd like to apply for the seasonal print technician role you posted. I've run a Prusa farm of 12 machines at a makerspace in Austin and I'm comfortable with resin post-processing.

My CV is attached. I consent to you processing my personal data for this recruitment, and you're welcome to keep my details on file for future openings.

Best,
Jordan Pike""",
  atts=[("Jordan_Pike_CV.pdf", "application/pdf", fake_pdf("Jordan Pike - CV"))], L=N("job application with consent wording"))

M("en-negative-ap-invoice-vat.eml", "outlook", ("Accounts Payable - Hartley Games Ltd", "ap@hartleygames.example.co.uk"),
  "Invoice INV-27-2291 - please correct our company details", "2027-12-14 10:02:00 GMT",
  """Good morning,

Invoice INV-27-2291 for the 400 custom game tokens shows our old registered address and omits our VAT number. Please reissue it with:

Hartley Games Ltd, Unit 4 Canal Wharf, Leeds LS11 5PS
VAT GB 123 4567 89

We cannot process payment until the corrected invoice is received.

Kind regards,
Accounts Payable
Hartley Games Ltd""", L=N("AP asks correction of a transaction document"))

M("en-negative-b2b-partner-marketing-consent.eml", "outlook", ("Ruth Calloway", "ruth@tabletoptavern.example"),
  "Joint holiday campaign - customer emails?", "2027-11-09 15:30:00 EST",
  """Hi team,

Following our call about the joint "Minis for the Holidays" bundle: could you share the list of your customers who opted in to marketing so we can include them in our newsletter blast? Or, if you can't share it, what consent wording do you use on your checkout so we can check whether a co-branded email would be covered?

We'd of course honour any unsubscribe requests.

Best,
Ruth Calloway
Partnerships, Tabletop Tavern""", L=N("business partner asking about marketing consent/list sharing; no data subject request"))

M("en-negative-b2b-supplier-dpa.eml", "gmail", ("Filamentum Supply Compliance", "compliance@filamentum.example"),
  "Action required: sign our Data Processing Addendum", "2027-11-12 09:00:00 CET",
  """Dear customer,

As part of our annual GDPR review, we ask all business accounts to sign the attached Data Processing Addendum covering the contact details we hold for your ordering staff. Please sign and return it by 15 December 2027.

If you have questions about how we process personal data, see our privacy notice or contact our DPO at dpo@filamentum.example.

Filamentum Supply - Compliance""",
  atts=[("Filamentum_DPA_2027.pdf", "application/pdf", fake_pdf("Data Processing Addendum"))], L=N("supplier DPA paperwork"))

M("en-negative-unsubscribe-link-404.eml", "gmail", ("Noah Lindgren", "noah.lindgren@example.com"),
  "Broken link in your newsletter", "2027-12-03 12:00:00 CST",
  """FYI - the "manage preferences / unsubscribe" link at the bottom of yesterday's newsletter goes to a 404 page. I'm not trying to unsubscribe, I actually like the emails, I was just curious what options you have. Thought you'd want to know since people who do want out will get annoyed.

Noah""", L=N("bug report about the unsubscribe link, explicitly not unsubscribing"))

M("en-negative-holiday-market-invite.eml", "outlook", ("Greta Holm", "greta@makersmarket.example"),
  "Invitation: Makers Market stall briefing", "2027-11-16 16:00:00 CST",
  """Hi 3DPros,

Please find the calendar invite for the stall-holder briefing ahead of the December Makers Market. We'll go over load-in times, the card-reader setup and the photo-consent signs for kids' workshops.

Greta""",
  atts=[("invite.ics", "text/calendar", fake_ics("Makers Market stall briefing", "20271123T170000Z", "mm-briefing-2027@makersmarket.example"))],
  L=N("calendar invite (ICS)"))

M("en-negative-gift-recipient-surprise.eml", "apple", ("Priscilla Nguyen", "priscilla.nguyen@example.com"),
  "Please don't email my sister!", "2027-12-11 21:20:00 PST",
  """Hello,

I'm sending the custom photo lithophane lamp straight to my sister as a surprise, but I put her email in the shipping section by mistake. Please remove her email from the order so she doesn't get the shipping notification and ruin it! Use mine for updates instead.

Thank you!!
Priscilla""", L=N("remove a recipient's email from an order for a surprise: order handling"))

M("en-negative-cancel-subscription-box.eml", "gmail", ("Ian Thorburn", "ian.thorburn@example.co.uk"),
  "Cancel monthly mini box", "2028-01-02 10:10:00 GMT",
  """Hi, please cancel my Monthly Minis subscription after the January box. Money's tight after Christmas. Don't charge my card again from February.

Cheers,
Ian (Glasgow)""", L=N("subscription cancellation; UK place but no request"))

M("en-negative-wholesale-access.eml", "gmail", ("Monique Laurent", "monique@laurentcrafts.example"),
  "Request for wholesale account access", "2027-11-23 09:35:00 EST",
  """Hello,

I run a gift shop in Portland, Maine and would like to request access to your wholesale portal for ornaments and miniatures. What information do you need from us to open the account (tax ID, resale certificate)?

Monique Laurent
Laurent Crafts""", L=N("'request access' to a B2B portal"))

M("en-negative-data-export-ready-storefront.eml", "plain", ("Shopwright", "notifications@shopwright.example"),
  "Your store data export is ready", "2027-12-31 02:00:00 UTC",
  """Hi 3DPros,

The export you requested (Orders, Customers - 2027) is ready to download. The link expires in 7 days.

Download: https://admin.shopwright.example/exports/77f1c2

You're receiving this because you're an admin of 3dpros.shopwright.example.""",
  L=N("SaaS notification about the shop's own export; 'data export', 'customers'"))

M("en-negative-privacy-spam-gdpr-audit.eml", "plain", ("Compliance Desk", "hello@gdpr-shield.example"),
  "Is 3DPros ready for 2028 privacy enforcement?", "2027-11-30 14:00:00 UTC",
  """Hi there,

Regulators issued record fines this year and small online shops are the next target. Do you know how you'd answer a data subject access request within 30 days? Our DSAR Autopilot handles deletion requests, opt-outs and consent logs for just $49/month.

Book a free 15-minute privacy audit: https://gdpr-shield.example/audit

To stop receiving these emails, reply REMOVE.""", L=N("privacy-worded cold sales spam"))

M("en-negative-privacy-spam-do-not-sell-widget.eml", "gmail", ("Leo from CookieCraft", "leo@cookiecraft.example"),
  "Your site is missing a \"Do Not Sell My Info\" link", "2027-12-07 11:00:00 PST",
  """Hey team,

I ran a quick scan of 3dpros.com and noticed you have no "Do Not Sell or Share My Personal Information" link, no Global Privacy Control handling, and your cookie banner doesn't let California visitors opt out. That's a CCPA risk.

CookieCraft fixes all three in 10 minutes. Want me to send a demo?

Leo""", L=N("privacy-worded spam naming CCPA"))

M("en-negative-privacy-law-newsletter.eml", "plain", ("The Privacy Brief", "newsletter@privacybrief.example"),
  "The Privacy Brief #212: New state laws in 2028, DSAR deadlines, and opt-out signals", "2028-01-07 13:00:00 UTC",
  """THE PRIVACY BRIEF - Issue 212

1. Five new US state privacy laws take effect in 2028. What small e-commerce needs to do.
2. Right of access: regulators clarify that "one month" means one month, not 30 business days.
3. Deletion requests via authorized agents: how to verify without losing customers.
4. Opt-out preference signals are now mandatory in more states.

Read online: https://privacybrief.example/212
Unsubscribe: https://privacybrief.example/u/3dprosteam""",
  extra=["List-Id: The Privacy Brief <brief.privacybrief.example>", "List-Unsubscribe: <https://privacybrief.example/u/3dprosteam>", "Precedence: bulk"],
  L=L(auto="list", notes="privacy-law newsletter: negative with automated=list"))

# ---- other languages ----------------------------------------------------------------------
M("de-negative-geschenk-lieferadresse.eml", "gmail", ("Anja Hartmann", "anja.hartmann@example.de"),
  "Geschenkbestellung - Lieferadresse ändern", "2027-12-05 09:40:00 CET",
  """Hallo,

ich habe die personalisierten Christbaumkugeln (Bestellung 3DP-27-07101) an meine eigene Adresse bestellt, möchte sie aber direkt an meine Eltern schicken lassen: Familie Hartmann, Lindenweg 3, 34117 Kassel. Bitte die Rechnung nicht beilegen und meine Daten nicht auf den Lieferschein drucken.

Danke!
Anja""", L=N("gift-order address change; 'meine Daten nicht auf den Lieferschein' is packing instruction"))

M("de-negative-b2b-einwilligung-newsletter.eml", "outlook", ("Florian Weber", "f.weber@spielwaren-weber.example.de"),
  "Einwilligung für gemeinsamen Newsletter?", "2027-11-18 11:20:00 CET",
  """Hallo zusammen,

wir würden Ihre Miniaturen gern in unserem Weihnachts-Newsletter vorstellen. Dürfen wir dabei auch Kunden anschreiben, die bei Ihnen in die Werbung eingewilligt haben, oder deckt Ihre Einwilligung das nicht ab? Wie formulieren Sie die Einwilligung im Checkout?

Viele Grüße
Florian Weber
Spielwaren Weber GmbH""", charset="utf-8", L=N("business partner marketing-consent question"))

M("fr-negative-retour-remboursement.eml", "gmail", ("Julien Moreau", "julien.moreau@example.fr"),
  "Retour et remboursement commande 3DP-27-07355", "2028-01-03 14:00:00 CET",
  """Bonjour,

Le support de téléphone reçu pour Noël est cassé à la base. Je voudrais le retourner et être remboursé, ou bien recevoir une nouvelle pièce. Pouvez-vous supprimer ma commande de réimpression que j'ai passée par erreur hier (3DP-28-00012) ?

Cordialement,
Julien Moreau""", L=N("return + 'supprimer ma commande'"))

M("es-negative-contrasena.eml", "gmail", ("Marta Gil", "marta.gil@example.es"),
  "No puedo acceder a mi cuenta", "2027-11-20 18:30:00 CET",
  """Hola,

He olvidado mi contraseña y el correo para restablecerla no me llega. ¿Podéis ayudarme a acceder a mi cuenta? Quiero ver el estado de mi pedido de figuras.

Gracias,
Marta""", L=N("password trouble, 'acceder a mi cuenta'"))

M("it-negative-correzione-indirizzo.eml", "iphone", ("Chiara Russo", "chiara.russo@example.it"),
  "Correzione indirizzo ordine", "2027-12-08 10:50:00 CET",
  "Buongiorno, nell'ordine 3DP-27-07190 ho sbagliato il numero civico: è via Garibaldi 21, non 12, Bologna. Potete correggerlo prima della spedizione? Grazie\n\nInviato da iPhone",
  L=N("order address correction"))

M("nl-negative-kopie-factuur.eml", "gmail", ("Sander Bakker", "sander.bakker@example.nl"),
  "Kopie factuur voor garantie", "2028-01-09 11:11:00 CET",
  """Hallo,

Kunnen jullie mij een kopie van de factuur sturen voor mijn bestelling van november? Ik heb hem nodig voor de garantie van de vervangende onderdelen van mijn koffiemachine.

Groet,
Sander""", L=N("invoice copy"))

M("pl-negative-zwrot-prezentu.eml", "gmail", ("Agnieszka Nowak", "agnieszka.nowak@example.pl"),
  "Zwrot prezentu", "2028-01-05 16:20:00 CET",
  """Dzień dobry,

dostałam od Państwa figurkę w prezencie, ale mam już taką samą. Czy mogę ją zwrócić lub wymienić? Nie mam numeru zamówienia, zamawiała ją moja siostra - czy potrzebujecie jej danych?

Pozdrawiam
Agnieszka Nowak""", L=N("gift return; asks whether we need the buyer's data"))

M("sv-negative-presentkort.eml", "tb", ("Johan Berg", "johan.berg@example.se"),
  "Presentkortet fungerar inte", "2027-12-26 12:00:00 CET",
  """Hej,

Jag fick ett presentkort från er i julklapp men koden ger felmeddelandet "ogiltig kod". Kan ni kontrollera koden GC-7Q2M-44XZ? Jag vill använda det till en reservdel.

Mvh
Johan Berg""", L=N("gift card problem"))

M("da-negative-b2b-samtykke.eml", "gmail", ("Sofie Lund", "sofie@nordiskhobby.example.dk"),
  "Samarbejde og samtykke til markedsføring", "2027-11-22 13:15:00 CET",
  """Hej 3DPros,

Vi forhandler jeres miniaturer i vores butik i Odense. Må vi bruge jeres kunders e-mails, hvis de har givet samtykke til markedsføring hos jer, eller skal vi selv indhente samtykke? Hvordan håndterer I afmeldinger?

Venlig hilsen
Sofie Lund
Nordisk Hobby ApS""", L=N("reseller marketing-consent question"))

# ---- phishing (4) -------------------------------------------------------------------------
M("en-negative-phishing-dpa-notice.eml", "plain", ("Data Protection Authority - Enforcement", "enforcement@dpa-notices.example"),
  "URGENT: Formal notice of complaint #DPA-2027-55812 - response required within 72h", "2027-12-13 06:10:00 UTC",
  """FORMAL NOTICE

A data subject has lodged a complaint against 3DPros LLC for failing to respond to an access and deletion request. Failure to respond within 72 hours may result in an administrative fine of up to 4% of annual turnover.

View the complaint and submit your response via the secure enforcement portal:
https://dpa-notices.example/case/DPA-2027-55812/login

Authentication with your business email account is required.

Enforcement Division""", L=N("phishing imitating a data-protection authority"))

M("en-negative-phishing-request-portal.eml", "htmlonly", ("PrivacyPortal Notifications", "alerts@privacy-requests-portal.example"),
  "You have 3 pending data subject requests (overdue)", "2027-12-18 03:22:00 UTC", "",
  html_body="""<html><body><table width="600" style="font-family:Arial"><tr><td>
<h2 style="color:#c00">3 data subject requests are overdue</h2>
<p>Your organization <b>3DPros LLC</b> has 3 unanswered privacy requests (2 deletion, 1 access). Statutory deadlines expire today.</p>
<p><a href="https://privacy-requests-portal.example/signin?org=3dpros" style="background:#0057b8;color:#fff;padding:10px 18px;text-decoration:none">Review requests</a></p>
<p style="font-size:11px;color:#888">Sign in with your Google account to continue.</p>
</td></tr></table></body></html>""", L=N("phishing imitating a request portal"))

M("en-negative-phishing-mailbox-verify.eml", "htmlonly", ("Mail Administrator", "no-reply@gmail-securecheck.example"),
  "Action needed: verify 3dprosteam@gmail.com or lose incoming mail", "2028-01-11 05:05:00 UTC", "",
  html_body="""<html><body style="font-family:Roboto,Arial"><p>Hi 3dprosteam,</p>
<p>Due to a new privacy regulation, all accounts must re-verify ownership. Unverified accounts will stop receiving mail in 24 hours and stored messages will be deleted.</p>
<p><a href="https://gmail-securecheck.example/verify">Verify now</a></p><p>The Mail Team</p></body></html>""",
  L=N("phishing imitating the mail provider"))

M("en-negative-phishing-shared-deletion-request.eml", "plain", ("DocuShare", "share@docushare-files.example"),
  "Angela W. shared \"Deletion_Request_signed.pdf\" with you", "2027-12-22 16:45:00 UTC",
  """Angela W. has shared a document with you:

   Deletion_Request_signed.pdf (214 KB)
   "Please action my data deletion request - see attached form"

Open document: https://docushare-files.example/d/9f2a7c?email=3dprosteam@gmail.com

You may be asked to confirm your email password to view protected files.""",
  L=N("phishing: 'shared deletion request' link"))
