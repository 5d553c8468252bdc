"""Negatives: ordinary business mail worded like requests, plus phishing (hand-written)."""
from kit import M, SHOP, SHOP_NAME

N = dict()

M("en-negative-etsy-delete-order-wrong-colour.eml", style="iphone", frm=("Brianna Kowalski", "brikowalski@example.com"),
  subj="delete my order pls", date="2027-02-02 13:20 -0600",
  body="""hi can u delete my order from this morning?? i picked the wrong colour, i wanted the galaxy purple not the plain purple. ill just reorder on etsy. sorry!!

Sent from my iPhone""",
  notes="'Delete my order' = order cancellation.")

M("en-negative-stl-link-access-denied.eml", style="gmail", frm=("Henrik Aasland", "henrik.aasland@example.no"),
  subj="Access denied on the file link", date="2027-02-03 08:50 +0100",
  body="""Hi,

The link you sent for the modified STL (the drone arm with the thicker wall) says "access denied, request access". Could you share it again or just attach the file? We want to print a test piece at the makerspace before ordering 40.

Thanks,
Henrik (Bergen Makerspace)
""",
  notes="'access' to a shared file, order handling.")

M("en-negative-password-reset-never-arrives.eml", style="yahoo", frm=("Darlene Whitmore", "darlene.whitmore@example.com"),
  subj="password reset", date="2027-02-04 19:02 -0500",
  body="""Hello, I keep clicking "forgot password" and the reset email never comes. My account email is this one. I checked spam. Can you reset it from your end or tell me what's going on? I need to reorder the replacement knobs for my oven.

Darlene""",
  notes="Account support.")

M("en-negative-update-shipping-address-order.eml", style="iphone", frm=("Mateus Oliveira", "mateus.oliveira@example.ca"),
  subj="Address on order 3DP-41988", date="2027-02-05 07:45 -0500",
  body="""Hey, I just moved, can you update the shipping address on order 3DP-41988 before it goes out? New one: 55 Example Cres, Unit 4, Mississauga ON. Thx!

Sent from my iPhone""",
  notes="Shipping address on an order is order handling, not correction.")

M("en-negative-ap-invoice-address-school-district.eml", style="outlook", frm=("Accounts Payable – Lakeshore SD", "ap@lakeshoresd.example"),
  subj="Invoice INV-2027-0219 – incorrect billing address", date="2027-02-08 10:15 -0500",
  body="""Good morning,

Invoice INV-2027-0219 (robotics kits for Ridgeview Public School) is addressed to the school. All invoices must be addressed to the district office: Lakeshore School District, Attn: Accounts Payable, 100 Example Blvd, Thunder Bay ON. Please correct and reissue so we can process payment.

Our vendor record and banking information have not changed.

Regards,
Accounts Payable
Lakeshore School District
""",
  notes="AP correcting an invoice address - transaction document, not a correction request.")

M("en-negative-school-procurement-dpa-question.eml", style="outlook", frm=("Ingvild Sæther", "ingvild.saether@trondheim-vgs.example"),
  subj="Procurement: data processing agreement?", date="2027-02-09 12:40 +0100", clang="nb-NO",
  body="""Hello,

We are a secondary school in Trondheim and would like to order 3D printing services for our technology classes (approx. 25 orders per term, files uploaded by teachers, no student names).

Our data protection officer asks whether you can sign a data processing agreement (databehandleravtale) with us, where your servers are located, and whether you use sub-processors in the US. Could you send us your standard DPA and privacy information?

Best regards,
Ingvild Sæther
Procurement, Trondheim videregående skole
""",
  notes="B2B procurement question about a DPA; asks nothing about anyone's own data.")

M("en-negative-supplier-dpa-for-signature.eml", style="gmail", frm=("Partner Onboarding – ParcelNorth", "onboarding@parcelnorth.example"),
  subj="Action required: Data Processing Addendum for your ParcelNorth account", date="2027-02-10 09:00 +0100",
  attach=[("pdf", "ParcelNorth_DPA_v3.2.pdf", "ParcelNorth Data Processing Addendum v3.2")],
  body="""Hello 3DPros LLC,

As part of our 2027 contract update, please review and countersign the attached Data Processing Addendum, which governs how ParcelNorth processes your recipients' personal data (names, addresses, phone numbers) when shipping on your behalf to the EU, UK and Canada.

Please return the signed copy within 30 days. If you have questions about sub-processors or international transfers, reply to this email.

ParcelNorth Partner Onboarding
""",
  notes="Supplier DPA for signature.")

M("en-negative-job-application-cv.eml", style="gmail", frm=("Ioana Petrescu", "ioana.petrescu@example.ro"),
  subj="Application – 3D print technician (remote/EU)", date="2027-02-11 15:30 +0200",
  attach=[("pdf", "Ioana_Petrescu_CV.pdf", "Ioana Petrescu - CV")],
  body="""Dear 3DPros team,

I saw your post in the Prusa user forum that you're looking for someone in Europe to handle print farm jobs for EU customers. I have 4 years of experience running a 12-printer farm in Cluj (FDM and resin), including post-processing and QA.

My CV is attached. If there is no position now, I am happy for you to keep my CV on file for future openings.

Kind regards,
Ioana Petrescu
""",
  notes="Job application; 'keep my CV on file' is consent, not a request.")

M("en-negative-policy-question-classroom.eml", style="gmail", frm=("Ms. Trudy Halvorsen", "thalvorsen@example.org"),
  subj="Question about your privacy policy before I order", date="2027-02-12 17:05 -0600",
  body="""Hi there,

I'm a 6th grade teacher and want to order name-plate prints for my class. Our district asks us to check vendors' privacy policies. Does your privacy policy say whether you sell customer data or share it with advertisers? And how long do you keep uploaded files? I couldn't quite tell from the website.

Thanks!
Trudy Halvorsen
""",
  notes="Asks what the policy says; no request about her own data.")

M("en-negative-unsubscribe-link-broken-bug.eml", style="gmail", frm=("Arjun Mehta", "arjun.mehta@example.com"),
  subj="Bug: unsubscribe link 404", date="2027-02-13 11:11 -0800",
  body="""Hey, heads-up from a web dev: the unsubscribe link at the bottom of your "Maker Monday" email goes to a 404 page. I'm not trying to unsubscribe, I like the newsletter, I was just checking how you built it. You might want to fix it before someone complains though.

Arjun
""",
  notes="Bug report, explicitly not an unsubscribe.")

M("en-negative-remove-supports-sand.eml", style="iphone", frm=("Tess Gallagher", "tessgallagher@example.ie"),
  subj="remove supports?", date="2027-02-15 20:10 +0000",
  body="""hiya for the dragon order could u remove the supports and give it a light sand before shipping? happy to pay extra. its for my nephews birthday

Sent from my iPhone""",
  notes="Post-processing instruction.")

M("en-negative-copy-of-invoice-reimbursement.eml", style="outlook", frm=("Kristof Janssens", "kristof.janssens@example.be"),
  subj="Copy of invoice for order 3DP-42004", date="2027-02-16 09:30 +0100", clang="nl-BE",
  body="""Hello,

Could you send me a copy of the invoice for order 3DP-42004, with our school's VAT number (BE0123.456.789) on it? I need it for reimbursement from the parents' association.

Thanks,
Kristof Janssens
""",
  notes="Copy of an invoice - transaction document.")

M("en-negative-delete-second-file-from-quote.eml", style="gmail", frm=("Pauline Renard", "pauline.renard@example.fr"),
  subj="Re: Quote Q-2027-118", date="2027-02-17 14:20 +0100",
  attach=[("stl", "bracket_v4.stl")],
  body="""Hi Marco,

Please delete the second file (hinge_v2.stl) from the quote, we only need the bracket now. Updated bracket attached, 20 pieces in PETG.

Merci,
Pauline (FabLab Rennes)
""",
  notes="Editing a quote; STL attached as model/stl.")

M("en-negative-privacy-law-newsletter.eml", style="gmail", frm=("Small Biz Privacy Digest", "digest@smallbizprivacy.example"),
  subj="This week: Indiana, Kentucky and Rhode Island laws now in force; EU DSAR ruling", date="2027-02-18 06:00 -0500",
  headers=[("List-Id", "Small Biz Privacy Digest <digest.smallbizprivacy.example>"),
           ("List-Unsubscribe", "<https://smallbizprivacy.example/u/3f9a2c>"),
           ("Precedence", "bulk")],
  body="""SMALL BIZ PRIVACY DIGEST - Week 7, 2027

1. Three more US state privacy laws are now in force. What a 5-person online shop needs to check: data inventory, opt-out links, appeal process.
2. EU court on access requests: a controller may not ask for ID documents by default when the request comes from the registered email address.
3. Template of the week: how to respond to a deletion request within 30/45 days.

You are receiving this because you subscribed at smallbizprivacy.example. Unsubscribe: https://smallbizprivacy.example/u/3f9a2c
""",
  automated="list", notes="Privacy-law newsletter: list mail about privacy that asks nothing.")

M("en-negative-gdpr-compliance-vendor-pitch.eml", style="gmail", frm=("Rhys from ConsentForge", "rhys@consentforge.example"),
  subj="3DPros - are you ready for data subject requests?", date="2027-02-19 10:00 +0000",
  body="""Hi there,

I noticed 3dpros.com ships to the EU and UK. Did you know customers can send you access and deletion requests by email, and you have one month to answer?

ConsentForge automates data subject requests for small shops: a request portal, ID verification and deadline tracking, from €29/month. Would you be open to a 15-minute call next week?

Rhys
ConsentForge | Reply "no thanks" and I won't follow up.
""",
  notes="Cold sales pitch full of request words.")

M("en-negative-plain-packaging-privacy.eml", style="apple", frm=("Noah Brandt", "noah.brandt@example.com"),
  subj="Privacy on the package?", date="2027-02-20 21:00 -0800",
  body="""Hi! The chess set I ordered is a surprise for my wife, and she usually gets the mail. Could you ship it in plain packaging with no 3DPros branding, and leave the packing slip with the price out of the box? Thanks a lot.

Noah
""",
  notes="'Privacy' about gift packaging.")

M("en-negative-nda-delete-cad-files.eml", style="outlook", frm=("Sebastian Holm", "s.holm@nordcam-robotics.example"),
  subj="NDA – prototype housing job", date="2027-02-22 08:10 +0100", clang="sv-SE",
  attach=[("pdf", "NordCam_mutual_NDA.pdf", "Mutual NDA NordCam Robotics AB - 3DPros LLC")],
  body="""Hello,

Before we send the CAD files for the prototype housing, please sign the attached mutual NDA. Per clause 4, the files must only be used for this job and deleted from your systems within 30 days after delivery, and you may not show the parts on social media.

Best regards,
Sebastian Holm
NordCam Robotics AB, Stockholm
""",
  notes="B2B confidentiality terms about customer design files; not a personal-data request.")

M("en-negative-tds-data-sheet.eml", style="gmail", frm=("Ola Nordmann-Berg", "ola.nb@example.no"),
  subj="data sheet for your PETG-CF?", date="2027-02-23 13:40 +0100",
  body="""Hi, can you send me the technical data sheet for the PETG-CF you print with (tensile strength, HDT)? Our school's robot needs to survive a hot gym. Thanks!

Ola
""",
  notes="'data sheet' = material specs.")

M("en-negative-teacher-student-names-keychains.eml", style="gmail", frm=("Aleksander Mazur", "a.mazur@example.pl"),
  subj="Name keychains for class 6B – file attached", date="2027-02-24 09:30 +0100",
  attach=[("csv", "klasa6B_names.csv", "first_name\nZosia\nKuba\nMaja\nAntek\nLena\n")],
  body="""Hello,

As discussed, here's the list of first names for the 28 keychains (CSV, one name per line). Same font as the sample please. Once the order ships you don't need to keep the list, it's only for the print.

Best,
Aleksander Mazur
Szkoła Podstawowa nr 12, Łódź
""",
  notes="Customer sends data for an order and says no need to keep it; processing instruction, not a data-subject request.")

M("en-negative-makerspace-group-order-remove-member.eml", style="gmail", frm=("Gaëlle Dubois", "gaelle.dubois@example.fr"),
  subj="Group order – remove one person", date="2027-02-25 18:00 +0100",
  body="""Hi,

For our makerspace group order (ref GO-2027-07), please remove Hugo from the list, he dropped out. That's 11 filament spool holders instead of 12. Everything else the same.

Gaëlle, Atelier Partagé Grenoble
""",
  notes="Removing a participant from a group order.")

M("en-negative-customs-broker-information.eml", style="outlook", frm=("Customs Desk – BorderLink Brokerage", "customs@borderlink.example"),
  subj="Information required: shipment 1Z-EX-44718 to Canada", date="2027-02-26 11:20 -0500",
  body="""Hello,

Shipment 1Z-EX-44718 to Montréal is held at customs. Please provide the following information within 3 business days:
- commercial invoice with full description of goods
- HS code for the printed parts
- country of origin declaration

Please do not send personal identification documents by email.

BorderLink Brokerage, Customs Desk
""",
  notes="Customs broker information request.")

M("en-negative-marketplace-api-token-expiring.eml", style="gmail", frm=("MakerMart Seller Platform", "no-reply@makermart.example"),
  subj="Your API access token expires in 7 days", date="2027-03-01 04:00 +0000",
  body="""Hi 3DPros,

The API access token used by your order-sync app "ShopBridge" expires on March 8, 2027. After that, order and buyer data will stop syncing to your store.

Renew access: https://makermart.example/seller/apps/tokens

MakerMart Seller Support
""",
  notes="Marketplace notification.")

M("en-negative-marketplace-cancellation-request.eml", style="gmail", frm=("MakerMart Orders", "orders@makermart.example"),
  subj="Cancellation requested for order #MM-775190", date="2027-03-02 15:45 +0000",
  body="""The buyer has requested to cancel order #MM-775190 (2x articulated dragon, silk gold).

Reason given: "ordered twice by mistake"

Please accept or decline the cancellation request within 48 hours in your Seller Dashboard.
""",
  notes="Marketplace cancellation request notification.")

M("en-negative-rfq-robot-chassis.eml", style="outlook", frm=("Joanna Lindqvist", "j.lindqvist@example.fi"),
  subj="Request for quote – 40 robot chassis for school competition", date="2027-03-03 10:00 +0200",
  attach=[("stl", "chassis_rev3.stl")],
  body="""Hello,

We're organising a regional school robotics competition in Turku and need 40 chassis printed (file attached, PLA, any colour). Could you send a quote including shipping to Finland and lead time? We'd need them by April 20.

Best regards,
Joanna Lindqvist
""",
  notes="RFQ with STL.")

M("en-negative-3mf-drive-access.eml", style="gmail", frm=("Yusuf Demir", "yusuf.demir@example.com"),
  subj="big files - can I share a drive folder?", date="2027-03-04 22:15 +0100",
  body="""Hi, my 3MF files are 300 MB each so the upload form fails. Can I give you access to a Google Drive folder instead? Which email should I share it with? Also do you accept .3mf or do you need STL?

Yusuf
""",
  notes="Giving us access to his files for an order.")

M("en-negative-calendar-invite-workshop.eml", style="gmail", frm=("Copenhagen Makers", "events@cph-makers.example"),
  subj="Invitation: Intro to resin printing @ Thu Mar 18, 2027 6pm - 8pm (CET)", date="2027-03-05 12:00 +0100",
  attach=[("ics", "invite.ics", "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//cph-makers//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:resin-intro-20270318@cph-makers.example\r\nDTSTART:20270318T170000Z\r\nDTEND:20270318T190000Z\r\nSUMMARY:Intro to resin printing (guest talk 3DPros)\r\nORGANIZER:mailto:events@cph-makers.example\r\nATTENDEE;RSVP=TRUE:mailto:3dprosteam@gmail.com\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")],
  body="""You have been invited to the following event.

Intro to resin printing (guest talk 3DPros)
When: Thu Mar 18, 2027 6pm - 8pm (CET)
Where: Copenhagen Makers, Workshop B
Please bring a few sample prints. Attendance list and photo consent forms are handled by us.

Going? Yes - Maybe - No
""",
  notes="Calendar invite with ICS.")

M("en-negative-filament-supplier-invoice.eml", style="gmail", frm=("Billing – Polymerhaus", "billing@polymerhaus.example"),
  subj="Invoice PH-27-00913 – 3DPros LLC", date="2027-03-06 07:00 +0100",
  attach=[("pdf", "PH-27-00913.pdf", "Invoice PH-27-00913")],
  body="""Dear customer,

Please find attached invoice PH-27-00913 for 24 spools PETG (black, white, signal orange). Payment due within 30 days.

Your account information and the privacy notice for our B2B customers are available in the customer portal.

Polymerhaus GmbH
""",
  notes="Supplier invoice PDF.")

M("en-negative-ignore-previous-email.eml", style="iphone", frm=("Camille Arsenault", "camille.arsenault@example.ca"),
  subj="ignore my last email", date="2027-03-07 09:30 -0400",
  body="""sorry please ignore / delete the email I sent an hour ago, it was meant for a different print shop 🙈 have a good day!

Sent from my iPhone""",
  notes="'delete the email I sent' - misdirected mail, not a request.")

M("en-negative-copyright-remove-listing.eml", style="gmail", frm=("Lukas Ferreira", "lukas.ferreira@example.pt"),
  subj="Please remove listing using my design", date="2027-03-08 16:00 +0000",
  body="""Hello,

Your MakerMart listing "Articulated Axolotl XL" uses my design from Printables, which is licensed CC BY-NC (non-commercial). Please remove the listing or contact me about a commercial license.

Lukas Ferreira
""",
  notes="Copyright takedown, not privacy.")

M("en-negative-privacy-screen-webcam-covers.eml", style="outlook", frm=("Marta Kubiak", "m.kubiak@example.pl"),
  subj="Quote: 30 webcam privacy covers + privacy screens", date="2027-03-09 13:00 +0100",
  body="""Hello,

Our school in Gdynia is replacing laptops and wants 30 sliding webcam privacy covers and 30 small privacy screen frames (to hold a filter film). Can you quote both, in black PLA? We need an invoice to the school with our NIP.

Regards,
Marta Kubiak
IT coordinator
""",
  notes="Product named 'privacy'.")

M("en-negative-add-me-to-newsletter.eml", style="gmail", frm=("Finn O'Sullivan", "finn.osullivan@example.ie"),
  subj="newsletter", date="2027-03-10 12:00 +0000",
  body="""Hi, can you add me to your newsletter? The signup box on the site doesn't do anything when I press enter. Cheers, Finn
""",
  notes="Opposite of an opt-out.")

M("en-negative-student-research-interview.eml", style="gmail", frm=("Elisa Moretti", "elisa.moretti@studenti.example.it"),
  subj="Thesis interview: how small shops handle GDPR requests", date="2027-03-11 10:30 +0100",
  body="""Dear 3DPros team,

I'm a master's student at the University of Padova writing my thesis on how micro-businesses outside the EU handle GDPR access and deletion requests from EU customers. Would someone be available for a 30-minute anonymous interview? I'd ask things like how many requests you get and how you verify identity.

Grazie mille,
Elisa Moretti
""",
  notes="Research interview about requests; asks nothing for herself.")

M("en-negative-account-locked.eml", style="gmail", frm=("Stig Andersen", "stig.andersen@example.dk"),
  subj="account locked", date="2027-03-12 08:20 +0100",
  body="""Hi, my account got locked after too many wrong passwords. Can you unlock it? I need to download the invoice for my makerspace's accounting. Username stig_builds.

Stig
""",
  notes="Account support.")

M("en-negative-reseller-offer-stop-footer.eml", style="outlook", frm=("Viktor Hruška", "v.hruska@tiskarna3d.example"),
  subj="Wholesale resin offer – spring 2027", date="2027-03-13 09:00 +0100", clang="cs-CZ",
  body="""Dear partner,

We offer water-washable resin in 5 kg bottles at wholesale price for print services in the EU and UK. Price list on request.

This email was sent to you as a business contact. To stop receiving our offers, reply with STOP or click unsubscribe. Your data is processed according to our privacy policy at tiskarna3d.example/privacy.

Viktor Hruška
""",
  notes="Vendor marketing with unsubscribe/privacy footer.")

M("en-negative-stranger-quotes-token.eml", style="gmail", frm=("Office – Maple Grove Elementary", "office@maplegrove-es.example"),
  subj="Is this yours? PD-2027-0131", date="2027-04-05 10:00 -0700",
  body="""Hello,

One of our teachers found a printed email in the staff room printer with "Ref: PD-2027-0131" and your company name on it. It looks personal, so we're not reading it. Should we shred it or mail it to you?

Front Office
Maple Grove Elementary
""",
  notes="Stranger quoting another requester's token from an unrelated address; must not join that thread.")

M("en-negative-lost-sd-card-resend-file.eml", style="iphone", frm=("Logan Pierce", "logan.pierce@example.com"),
  subj="can u resend my file", date="2027-03-15 18:40 -0600",
  body="""my sd card died 😭 do u still have the file for the cosplay gauntlet you printed for me last year? could u send it back so i can print a spare at my makerspace

Sent from my iPhone""",
  notes="Asks for a copy of his design file for re-printing; order handling, not access. Borderline.")

M("en-negative-what-info-needed-club-order.eml", style="gmail", frm=("Hannah Vermeulen", "hannah.vermeulen@example.nl"),
  subj="what info do you need for the club order?", date="2027-03-16 19:00 +0100",
  body="""Hi,

I'm ordering 15 personalised rocket kits for our code club in Leiden. What information do you need from me - just first names for the fins, or also ages/addresses? I'd rather not send more personal info about the kids than necessary.

Hannah
""",
  notes="Data-minimisation question while ordering.")

# ---------- phishing ----------
M("en-negative-phishing-dpa-complaint-notice.eml", style="gmail", frm=("European Data Protection Office", "notice@edpo-eu-complaints.example"),
  subj="URGENT: Formal complaint registered against 3DPros LLC (Case EDPO-27-55821)", date="2027-02-27 05:30 +0100",
  body="""NOTICE OF COMPLAINT

A data subject has lodged a complaint against your organisation for failure to respond to an access request under Article 15 GDPR. Fines of up to EUR 20,000,000 may apply.

You must download the complaint file and submit your response within 72 hours:
https://edpo-eu-complaints.example/case/EDPO-27-55821/login

Failure to respond will result in automatic escalation.

European Data Protection Office - Enforcement Unit
""",
  notes="Phishing imitating a data-protection authority.")

M("en-negative-phishing-request-portal.eml", style="gmail", frm=("PrivacyRequest Hub", "alerts@privacyrequest-hub.example"),
  subj="You have 3 pending data subject requests – action required", date="2027-03-14 03:10 +0000",
  body="""Hello 3dprosteam,

3 consumer privacy requests (deletion, access, opt-out) are waiting for your response in the PrivacyRequest Hub. Requests not answered within 10 days are reported to the regulator.

View requests: https://privacyrequest-hub.example/login?acct=3dprosteam

PrivacyRequest Hub Compliance Team
""",
  notes="Phishing imitating a request portal.")

M("en-negative-phishing-mailbox-storage.eml", style="htmlonly", frm=("Google Account Team", "no-reply@accounts-g00gle-security.example"),
  subj="Your mailbox is almost full - verify to avoid data deletion", date="2027-03-26 02:00 +0000",
  html="""<html><body style="font-family:Arial">
<p>Dear 3dprosteam@gmail.com,</p>
<p>Your storage is 99% full. To avoid <b>permanent deletion of your data</b>, please verify your account within 24 hours.</p>
<p><a href="https://accounts-g00gle-security.example/verify">Verify account</a></p>
<p style="font-size:11px;color:#666">Google LLC, 1600 Amphitheatre Parkway</p>
</body></html>
""",
  notes="Phishing imitating the mail provider.")

M("en-negative-phishing-shared-deletion-request.eml", style="gmail", frm=("Docsy Share", "share@docsy-files.example"),
  subj="Customer shared \"Deletion_Request_Form_signed.pdf\" with you", date="2027-04-09 06:25 +0000",
  body="""A customer has shared a document with you:

Deletion_Request_Form_signed.pdf
"Please process my deletion request, form attached - signed"

Open: https://docsy-files.example/s/9Xk2LmQ/open

You received this because someone shared a file with 3dprosteam@gmail.com.
""",
  notes="Phishing: 'shared deletion request' link.")

M("fr-negative-phishing-cnil-mise-en-demeure.eml", style="gmail", frm=("CNIL - Service des sanctions", "sanctions@cnil-gouv-fr.example"),
  subj="Mise en demeure – non-respect du RGPD (dossier 2027-RG-4471)", date="2027-04-14 08:00 +0200",
  body="""Madame, Monsieur,

Suite à une plainte d'un utilisateur, votre société fait l'objet d'une procédure pour non-respect des articles 15 et 17 du RGPD. Vous devez consulter le dossier et régler les frais de procédure sous 48 heures :

https://cnil-gouv-fr.example/dossier/2027-RG-4471

À défaut, une amende administrative sera prononcée.

Commission Nationale de l'Informatique et des Libertés
""",
  notes="Phishing imitating the French DPA.")

# ---------- other languages ----------
M("de-negative-rechnungsadresse-aendern.eml", style="outlook", frm=("Heike Brandl", "h.brandl@gymnasium-passau.example"),
  subj="Rechnungsadresse ändern – Bestellung 3DP-42551", date="2027-03-17 10:40 +0100", clang="de-DE",
  body="""Guten Tag,

bitte ändern Sie auf der Rechnung zur Bestellung 3DP-42551 die Rechnungsadresse auf den Förderverein (Förderverein Gymnasium Passau e.V., Beispielstraße 3). Die Lieferadresse bleibt die Schule.

Vielen Dank und freundliche Grüße
Heike Brandl
""",
  notes="Invoice address on an order.")

M("fr-negative-devis-fablab-donnees-techniques.eml", style="gmail", frm=("Yannick Morel", "yannick.morel@example.fr"),
  subj="Devis + données techniques", date="2027-03-18 14:30 +0100",
  body="""Bonjour,

Pour notre fablab à Bordeaux, pouvez-vous nous envoyer un devis pour 50 pièces (fichier sur demande) ainsi que les données techniques de vos matériaux (PLA, PETG, ASA) ? Nous devons les joindre au dossier de subvention.

Merci,
Yannick Morel
""",
  notes="'données techniques' = material specs.")

M("es-negative-pedido-duplicado-borrar.eml", style="iphone", frm=("Lucía Ferrer", "lucia.ferrer@example.es"),
  subj="pedido duplicado", date="2027-03-19 12:10 +0100",
  body="""Hola! Creo que he hecho el pedido dos veces, podéis borrar uno de los dos? El bueno es el de las 10:42. Gracias!!

Enviado desde mi iPhone""",
  notes="Delete a duplicate order.")

M("it-negative-non-riesco-accedere-file.eml", style="gmail", frm=("Matteo Russo", "matteo.russo@example.it"),
  subj="non riesco ad accedere al file", date="2027-03-20 16:00 +0100",
  body="""Ciao, non riesco ad accedere al file che mi avete mandato con l'anteprima del pezzo (mi chiede un accesso). Potete rimandarlo? Grazie, Matteo
""",
  notes="File access for an order.")

M("nl-negative-privacyverklaring-school.eml", style="outlook", frm=("Fatima El Amrani", "f.elamrani@example.nl"),
  subj="Privacyverklaring voor ons leveranciersdossier", date="2027-03-22 09:15 +0100", clang="nl-NL",
  body="""Goedemorgen,

Voor ons leveranciersdossier heeft onze school een kopie van uw privacyverklaring nodig en de naam van uw contactpersoon voor gegevensbescherming. Kunt u die toesturen?

Met vriendelijke groet,
Fatima El Amrani
Administratie, OBS De Regenboog, Amersfoort
""",
  notes="Supplier due diligence, asks nothing about own data.")

M("pl-negative-dane-do-faktury.eml", style="gmail", frm=("Piotr Lewandowski", "piotr.lewandowski@example.pl"),
  subj="dane do faktury", date="2027-03-23 11:30 +0100",
  body="""Dzień dobry,

poniżej dane do faktury za zamówienie 3DP-42890:
Szkoła Podstawowa nr 5, ul. Przykładowa 10, 30-001 Kraków, NIP 123-456-32-18.

Proszę o fakturę na maila.
Piotr Lewandowski
""",
  notes="Invoice details ('dane do faktury').")

M("sv-negative-leveransadress.eml", style="iphone", frm=("Oskar Nilsson", "oskar.nilsson@example.se"),
  subj="ändra leveransadress", date="2027-03-24 07:50 +0100",
  body="""Hej! Kan ni ändra leveransadressen för min beställning till skolan istället (Exempelgatan 4, Umeå)? Tack!

Skickat från min iPhone""",
  notes="Shipping address for an order.")

M("cs-negative-zruseni-objednavky.eml", style="gmail", frm=("Jana Horáková", "jana.horakova@example.cz"),
  subj="Zrušení objednávky", date="2027-03-25 13:00 +0100",
  body="""Dobrý den,

prosím o zrušení objednávky 3DP-42977, kroužek ji nakonec nepotřebuje. Děkuji.

Jana Horáková
""",
  notes="Order cancellation.")

M("da-negative-glemt-adgangskode.eml", style="gmail", frm=("Mette Lund", "mette.lund@example.dk"),
  subj="glemt adgangskode", date="2027-03-26 20:20 +0100",
  body="""Hej, jeg har glemt min adgangskode og får ingen mail når jeg nulstiller. Kan I hjælpe? Mvh Mette
""",
  notes="Password reset.")

M("no-negative-skole-innkjop-personvern.eml", style="gmail", frm=("Kari Haugen", "kari.haugen@example.no"),
  subj="Innkjøp til skolen – personvern?", date="2027-03-29 12:00 +0200",
  body="""Hei,

Vi vurderer å bestille 3D-print til valgfaget teknologi i praksis. Elevene laster ikke opp noe selv, bare jeg. Trenger vi en databehandleravtale med dere, eller holder det at dere har en personvernerklæring?

Hilsen Kari Haugen, lærer
""",
  notes="Procurement question about personvern; no request.")
