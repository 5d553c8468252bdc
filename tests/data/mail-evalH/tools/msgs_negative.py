"""Negatives: ordinary mail worded like requests, B2B, newsletters about privacy, phishing."""
from kit import M, SHOP, fake_pdf, fake_jpeg, fake_stl, fake_ics

N = dict(cat="negative", types=[], regimes=[])

M("en-negative-delete-order-wrong-color", **N, lang="en", style="gmail",
  frm=("Brandon Tills", "brandon.tills@example.com"), date="2026-11-02 13:40 -0600",
  subj="Delete my order please",
  body="""
Hey, can you delete my order 3DP-20901? I picked the wrong color (wanted galaxy black, not grey). I'll place a new one tonight. Thanks!

Brandon
""", notes="'Delete my order' is order handling.")

M("en-negative-cant-access-stl-link", **N, lang="en", style="outlook",
  frm=("Maureen Galloway", "mgalloway@galloway-arch.example"), date="2026-11-03 10:11 -0500",
  subj="Can't access the file",
  body="""
Hi,

I can’t access the STL you sent for approval on the Hendricks model – the download link says “access denied”. Could you send a new link or attach it directly? The client meeting is Thursday.

Thanks,
Maureen Galloway
Galloway Architecture
""", notes="'access' to an STL file.")

M("en-negative-update-shipping-address", **N, lang="en", style="iphone",
  frm=("Tyler Brooks", "tbrooks@example.net"), date="2026-11-04 17:25 -0600",
  subj="Address change for order 3DP-20933",
  body="""
Hi, I just moved. Could you update the shipping address on order 3DP-20933 to 4410 Elm Creek Dr, Austin TX 78744 before it ships? Thanks

Sent from my iPhone
""", notes="Shipping address on one order: order handling.")

M("en-negative-password-reset-loop", **N, lang="en", style="gmail",
  frm=("Hector Villalobos", "hvillalobos@example.com"), date="2026-11-05 21:15 -0800",
  subj="can't get into my account",
  body="""
Hi, I'm locked out of my account. The password reset email never arrives (checked spam). Can you reset it manually or tell me what email my account is under? I want to reorder the drone frame.

Hector
""", notes="Account access problem.")

M("en-negative-invoice-copy-records", **N, lang="en", style="outlook",
  frm=("Janet Okoro", "ap@okoro-dental.example"), date="2026-11-06 09:02 -0600",
  subj="Copy of invoice for our records",
  body="""
Good morning,

Could you please send a copy of the invoice for order 3DP-20655 (dental model trays)? Our accountant needs it for our records before year end.

Thank you,
Janet Okoro
Office Manager, Okoro Family Dental
""", notes="Copy of an invoice, not of personal data.")

M("en-negative-rfq-stl-attached", **N, lang="en", style="apple",
  frm=("Devon Marsh", "devon@marshrobotics.example"), date="2026-11-07 14:00 -0800",
  attach=[("gripper_finger_v7.stl", "model/stl", fake_stl("gripper_finger_v7"))],
  subj="RFQ - gripper fingers, 200 pcs",
  body="""
Hi 3DPros,

Requesting a quote for 200 pcs of the attached gripper finger in TPU 95A. Tolerance on the pin hole is important (+/- 0.1). Please include lead time and shipping to Oakland.

Thanks,
Devon Marsh
Marsh Robotics
""", notes="Request for quote with STL.")

M("en-negative-remove-supports", **N, lang="en", style="gmail",
  frm=("Shauna Kilpatrick", "shauna.k@example.com"), date="2026-11-09 11:45 -0500",
  subj="Order 3DP-21002 - remove supports?",
  body="""
Hi! For my miniature order (3DP-21002), could you remove the supports and clean up the nubs before shipping? Happy to pay extra. Also please remove the raft on the big dragon.

Thanks,
Shauna
""", notes="'remove' supports: order handling.")

M("en-negative-supplier-dpa-questionnaire", **N, lang="en", style="outlook",
  frm=("Priyanka Desai", "vendor-compliance@helixmed.example"), date="2026-11-10 08:30 -0500",
  attach=[("HelixMed_Vendor_Data_Processing_Questionnaire.pdf", "application/pdf",
           fake_pdf("Vendor Data Processing Questionnaire", ["1. Do you store customer personal data?", "2. Where is data hosted?", "3. Do you use subprocessors?"]))],
  subj="Vendor onboarding - data processing questionnaire",
  body="""
Hello,

As part of onboarding 3DPros LLC as a supplier for prototype housings, our compliance team needs you to complete the attached data processing questionnaire and, if applicable, sign our Data Processing Agreement. Please describe how you store the CAD files and any personal data of our engineers (names, emails) that you receive.

Could you return it by November 24?

Best regards,
Priyanka Desai
Vendor Compliance, HelixMed Devices
""", notes="B2B data-processing questionnaire; no request for the sender's own data.")

M("en-negative-policy-question-sell", **N, lang="en", style="gmail",
  frm=("Lauren Pike", "laurenpike@example.net"), date="2026-11-11 19:33 -0500",
  subj="question about your privacy policy",
  body="""
Hi, before I place my first order: does your privacy policy say you sell customer data or share it with advertisers? I couldn't tell from the page. Just want to know what I'm signing up for.

Thanks,
Lauren
""", notes="Asks what the policy says, nothing for herself.")

M("en-negative-job-application", **N, lang="en", style="gmail",
  frm=("Marcus Webb", "marcus.webb.cad@example.com"), date="2026-11-12 07:50 -0600",
  attach=[("Marcus_Webb_Resume.pdf", "application/pdf", fake_pdf("Marcus Webb - Resume", ["CAD technician, 4 years", "Fusion 360, SolidWorks, Prusa/Bambu farms"]))],
  subj="Application - Print Technician",
  body="""
Hello,

I'd like to apply for the print technician position I saw on your Instagram. My resume is attached. I've run a 12-printer farm for two years and I'm comfortable with resin post-processing.

I consent to you keeping my information on file for future openings as well.

Best,
Marcus Webb
Pflugerville, TX
""", notes="Job application with consent line.")

M("en-negative-unsubscribe-link-bug", **N, lang="en", style="gmail",
  frm=("Nate Greenberg", "nate@greenberg.example"), date="2026-11-13 12:12 -0800",
  subj="FYI: broken link in your newsletter",
  body="""
Hey folks, heads up: the "unsubscribe" and "manage preferences" links at the bottom of today's newsletter both 404. I'm not trying to unsubscribe (I like the print-of-the-month), just figured you'd want to know since that can get you in trouble.

Nate
""", notes="Bug report about the unsubscribe link; explicitly not an opt-out.")

M("en-negative-file-corrupted", **N, lang="en", style="tb",
  frm=("Ruth Adeyemi", "ruth.adeyemi@example.org"), date="2026-11-16 10:05 -0500",
  subj="Re: your print-ready file",
  body="""
Hi,

The 3MF you sent back after repair seems corrupted -- my slicer says the file is invalid. Could you re-export and send it again? Also, can I get access to the slicer profile you used?

Ruth
""", notes="File handling.")

M("en-negative-ap-invoice-address", **N, lang="en", style="outlook",
  frm=("Accounts Payable", "ap@brightline-mfg.example"), date="2026-11-17 11:20 -0600",
  subj="Correction to billing address - Brightline Manufacturing",
  body="""
Hello,

Please correct the billing address on invoice INV-7741 and on our customer account to:

Brightline Manufacturing LLC
Attn: Accounts Payable
1200 Industrial Pkwy, Suite B
Round Rock, TX 78664

Please reissue the invoice with the updated address so we can process payment.

Thank you,
Accounts Payable
Brightline Manufacturing
""", notes="Company AP correcting invoice address: transaction document.")

M("en-negative-delete-duplicate-upload", **N, lang="en", style="gmail",
  frm=("Kevin Luong", "kevin.luong@example.com"), date="2026-11-18 15:44 -0800",
  subj="uploaded the same file twice",
  body="""
Oops, I uploaded headphone_stand.stl twice to the quote form. Please delete the duplicate so I don't get charged for two. Thanks!

Kevin
""", notes="Delete a duplicate upload: order handling.")

M("en-negative-cancel-erase-quote", **N, lang="en", style="iphone",
  frm=("Rachel Stein", "rstein@example.net"), date="2026-11-19 09:30 -0500",
  subj="Re: Quote Q-5512",
  body="""
We decided to go with injection molding after all. Please cancel and erase quote Q-5512. Thanks for your time!

Rachel

Sent from my iPhone
""", notes="Cancel and erase a quote.")

M("en-negative-nda-destroy-cad", **N, lang="en", style="outlook",
  frm=("Grant Holloway", "gholloway@northpeak-eng.example"), date="2026-11-20 13:05 -0700",
  attach=[("Northpeak_Mutual_NDA.pdf", "application/pdf", fake_pdf("Mutual Non-Disclosure Agreement", ["Northpeak Engineering and 3DPros LLC", "Confidential information includes CAD data..."]))],
  subj="NDA before we send drawings",
  body="""
Hi,

Before we send the enclosure drawings, please sign the attached mutual NDA. It requires that our CAD data be kept confidential and destroyed after the project, with written confirmation of destruction.

Regards,
Grant Holloway
Northpeak Engineering, Denver CO
""", notes="B2B confidentiality of CAD data, not personal data.")

M("en-negative-calendar-invite-bulk", **N, lang="en", style="gmail",
  frm=("Alicia Moreno", "alicia.moreno@campusmakers.example"), date="2026-11-23 10:00 -0600",
  attach=[("invite.ics", "text/calendar", fake_ics("3DPros x Campus Makers - bulk order call", "20261201T160000Z", "20261201T163000Z",
           ("Alicia Moreno", "alicia.moreno@campusmakers.example"), SHOP, "7kq2m9d3@example.com"), {"params": "; method=REQUEST"})],
  subj="Invitation: 3DPros x Campus Makers - bulk order call @ Tue Dec 1, 2026 10am - 10:30am (CST)",
  body="""
You have been invited to the following event.

3DPros x Campus Makers - bulk order call
When: Tuesday Dec 1, 2026 10am - 10:30am Central Time
Who: alicia.moreno@campusmakers.example (organizer), 3dprosteam@gmail.com

Agenda: 150 name badges for the spring fair; file access for students; data on lead times.

Invitation from Google Calendar
""", notes="Calendar invite (ICS).")

M("en-negative-saas-export-ready", **N, lang="en", style="html",
  frm=("PrintQueue", "notifications@printqueue.example"), date="2026-11-24 02:14 +0000",
  subj="Your data export is ready",
  html="""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hi 3DPros,</p>
<p>The data export you requested for workspace <b>3dpros-main</b> is ready. It includes all jobs, printers and customer files from the last 12 months.</p>
<p><a href="https://app.printqueue.example/exports/88127">Download export</a> (link expires in 7 days)</p>
<p>&mdash; The PrintQueue team</p>
<p style="font-size:11px;color:#888">You receive this because you are an admin of 3dpros-main. <a href="https://app.printqueue.example/settings/notifications">Notification settings</a></p>
</body></html>
""", notes="SaaS notification about our own export.")

M("en-negative-student-research", **N, lang="en", style="gmail",
  frm=("Zoe Martinez", "zoe.martinez@student.example.edu"), date="2026-11-25 16:30 -0600",
  subj="Information request for a school project",
  body="""
Hello!

I'm a junior at Hendrickson High in Pflugerville and I'm doing a research project on small 3D printing businesses. Could I ask you a few questions over email? Like what kind of data you need from customers to make a print, and how you keep customer files safe? Thank you so much!

Zoe Martinez
""", notes="Student's information request about the business.")

M("en-negative-material-datasheet", **N, lang="en", style="outlook",
  frm=("Sam Okafor", "sokafor@tri-county-eng.example"), date="2026-11-30 09:10 -0600",
  subj="Material data sheets",
  body="""
Hi,

Could you send technical data sheets for your PETG and ASA? I need heat deflection temperature and UV data for an outdoor sensor housing. A copy of the ASA safety data sheet too if you have it.

Thanks,
Sam Okafor
""", notes="'data sheet' and 'copy'.")

M("en-negative-copyright-takedown", **N, lang="en", style="gmail",
  frm=("Elena Petrova", "elena@petrovaminis.example"), date="2026-12-01 11:05 -0800",
  subj="Remove my design from your gallery",
  body="""
Hello,

Your "customer showcase" page features a print of my Moonwyrm dragon (sold at petrovaminis.example, personal license only) with no credit. The customer who posted it isn't licensed to sell prints. Please remove the photo and do not print this design commercially. This is a copyright notice.

Elena Petrova
Petrova Miniatures
""", notes="Copyright takedown, not about personal data.")

M("en-negative-data-recovery-files", **N, lang="en", style="apple",
  frm=("Owen Caldwell", "owen.caldwell@example.com"), date="2026-12-03 19:20 -0500",
  subj="Recover old project files?",
  body="""
Hi,

Do you still have the files from my cosplay helmet project last spring? I lost my laptop and need the STL and the scaled version you made. If they're deleted, can you recover them from a backup?

Owen
""", notes="Wants his design files back: order/file handling.")

M("en-negative-reference-check", **N, lang="en", style="outlook",
  frm=("Tina Walsh", "twalsh@peoplefirst-hr.example"), date="2026-12-04 10:00 -0600",
  subj="Employment verification request - Jordan Reyes",
  body="""
Hello,

Jordan Reyes has listed 3DPros LLC as a previous employer (2023–2025). Could you confirm dates of employment and job title? A signed release from the candidate is on file with us.

Regards,
Tina Walsh
PeopleFirst HR Services
""", notes="Reference check about a former employee.")

M("en-negative-data-broker-offer", **N, lang="en", style="html",
  frm=("Marcy at LeadForge", "marcy@leadforge.example"), date="2026-12-05 14:30 +0000",
  subj="Verified list: 48,000 3D printing buyers (GDPR/CCPA compliant)",
  html="""<html><body style="font-family:Arial">
<p>Hi there,</p>
<p>Are you looking to grow your 3D printing business? We have a <b>verified database of 48,000 decision makers</b> who bought 3D printing services in the last 12 months, with emails and direct dials. Fully GDPR and CCPA compliant, opt-in data.</p>
<p>Reply "INFO" for pricing and a free sample of 100 records.</p>
<p>Marcy<br>LeadForge Data Solutions</p>
<p style="font-size:10px">If you don't want to hear from us, reply REMOVE.</p>
</body></html>
""", notes="Data broker spam.")

M("en-negative-portal-access-colleague", **N, lang="en", style="gmail",
  frm=("Jeff Morrison", "jmorrison@tallgrass-design.example"), date="2026-12-08 13:00 -0600",
  subj="Access for a colleague",
  body="""
Hi, could you give my colleague Dana (dana@tallgrass-design.example) access to our company account so she can see quotes and order history? And remove Pete, he left the company last month.

Thanks,
Jeff
""", notes="Account user management for a business.")

M("en-negative-gdpr-newsletter", **N, lang="en", style="html", automated="list",
  frm=("The Privacy Brief", "newsletter@privacybrief.example"), date="2026-12-10 12:00 +0000",
  headers=["List-Id: The Privacy Brief <weekly.privacybrief.example>",
           "List-Unsubscribe: <https://privacybrief.example/u/8f2k1>, <mailto:unsubscribe@privacybrief.example>",
           "List-Unsubscribe-Post: List-Unsubscribe=One-Click", "Precedence: bulk"],
  subj="This week: new state privacy laws take effect Jan 1, DSAR volumes up 30%",
  html="""<html><body style="font-family:Georgia,serif;max-width:640px">
<h1>The Privacy Brief</h1>
<h2>Three more state laws on January 1</h2>
<p>Indiana, Kentucky and Rhode Island join the list of states with comprehensive consumer privacy laws. Businesses must handle access, deletion, correction and opt-out requests within 45 days.</p>
<h2>Data subject access requests keep climbing</h2>
<p>A survey of 400 small businesses found DSAR volumes up 30% year on year, driven by agent services that file deletion requests in bulk.</p>
<h2>Quick tip</h2>
<p>Check that your unsubscribe links work. Regulators in California fined a retailer for a broken opt-out flow.</p>
<p style="font-size:11px"><a href="https://privacybrief.example/u/8f2k1">Unsubscribe</a> | You are receiving this because you subscribed at privacybrief.example</p>
</body></html>
""", notes="Privacy-law newsletter: negative with automated=list.")

M("en-negative-etsy-new-message", **N, lang="en", style="html", automated="",
  frm=("Etsy", "transaction@etsy.example"), date="2026-12-11 03:40 +0000",
  subj="You have a new message from jkwoodcraft",
  html="""<html><body style="font-family:Arial">
<p>Hi 3DPros,</p>
<p>You have a new message from <b>jkwoodcraft</b> about order #3320115598:</p>
<blockquote>"Hi, can you send me a copy of the receipt and confirm the address you have for me? Want to make sure it goes to the shop not my house."</blockquote>
<p><a href="https://www.etsy.example/your/conversations/1740012284">Reply to this message</a></p>
</body></html>
""", notes="Marketplace notification about a receipt and shipping address.")

M("en-negative-quote-privacy-info-form", **N, lang="en", style="form", form=True,
  frm=("3DPros LLC", "no-reply@3dpros.com"), reply_to=("Carlos Mendez", "carlos.mendez@example.com"),
  date="2026-12-14 16:10 -0600", subj="New Entry: Get a Quote",
  headers=["X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)"],
  body="""New Entry: Get a Quote

Name
Carlos Mendez

Email
carlos.mendez@example.com

Material
PLA+

Quantity
25

Project details
Keychains with our company logo. The new logo isn't public until March, so please keep the file confidential and delete it once the job is done.

File upload
https://www.3dpros.com/wp-content/uploads/wpforms/quote/logo_keychain.stl

---

Sent from 3DPros LLC (https://www.3dpros.com/get-a-quote/)
""", notes="Quote form; keeping an unreleased logo confidential and deleting the file after the job is order/IP handling, not personal data.")

M("en-negative-reship-gift-address", **N, lang="en", style="gmail",
  frm=("Patricia Nguyen", "patricia.nguyen@example.com"), date="2026-12-15 09:20 -0800",
  subj="gift - please don't include my information",
  body="""
Hi, order 3DP-21388 is a gift going straight to my brother. Please don't include my name or the invoice/price in the box, and use his address from the order, not my billing address. Thanks!

Patricia
""", notes="Packing instructions for a gift.")

# ---- phishing
M("en-negative-phishing-fake-regulator", **N, lang="en", style="html",
  frm=("Federal Consumer Privacy Bureau", "notices@fcpb-enforcement.example"), date="2026-11-26 05:12 +0000",
  subj="NOTICE OF COMPLAINT #FCPB-2026-118734 - Response Required Within 48 Hours",
  html="""<html><body style="font-family:Arial">
<p><b>FEDERAL CONSUMER PRIVACY BUREAU</b><br>Office of Enforcement</p>
<p>Dear Business Owner,</p>
<p>A consumer has filed a formal complaint against <b>3DPros LLC</b> alleging failure to honor a data deletion request. You are required to review the complaint and submit your response within 48 hours to avoid penalties of up to $7,500 per violation.</p>
<p><a href="https://fcpb-case-portal.example/login?case=118734">VIEW COMPLAINT DOCUMENT</a></p>
<p>Sign in with your business email account to access the secure document.</p>
<p>Case Officer: R. Whitman</p>
</body></html>
""", notes="Phishing imitating a data-protection authority.")

M("en-negative-phishing-request-portal", **N, lang="en", style="html",
  frm=("PrivacyRequest Hub", "alerts@privacyrequest-hub.example"), date="2026-12-06 08:00 +0000",
  subj="[Action needed] 3 pending consumer data requests for 3dprosteam@gmail.com",
  html="""<html><body style="font-family:Helvetica">
<p>Hello 3dprosteam,</p>
<p>You have <b>3 pending data subject requests</b> (deletion, access, opt-out) that will breach statutory deadlines in 2 days.</p>
<p><a href="https://privacyrequest-hub.example/verify?acct=3dprosteam%40gmail.com" style="background:#1a73e8;color:#fff;padding:10px 18px;text-decoration:none">Verify account and respond</a></p>
<p>To keep your compliance record, confirm your mailbox password on the next page.</p>
</body></html>
""", notes="Phishing imitating a request portal.")

M("en-negative-phishing-mailbox-quota", **N, lang="en", style="html",
  frm=("Gmail Team", "no-reply@gmail-accounts-security.example"), date="2026-12-19 23:45 +0000",
  subj="Your mailbox is full - incoming messages will be deleted",
  html="""<html><body style="font-family:Roboto,Arial">
<p>Dear user 3dprosteam@gmail.com,</p>
<p>Your storage is 99% full. Starting today, new messages (including customer requests) will be <b>deleted</b> automatically.</p>
<p><a href="https://gmail-accounts-security.example/upgrade?u=3dprosteam">Verify your account to keep receiving mail</a></p>
<p>Google Accounts Team</p>
</body></html>
""", notes="Phishing imitating the mail provider.")

M("en-negative-phishing-shared-deletion-doc", **N, lang="en", style="gmail",
  frm=("Rebecca Lyons (via Docs)", "drive-shares-dm-noreply@docs-share.example"), date="2027-01-06 14:02 +0000",
  subj="\"Data Deletion Request - Customer 2027.pdf\" has been shared with you",
  body="""
Rebecca Lyons shared a document

Data Deletion Request - Customer 2027.pdf

Hi, please see attached my deletion request as PDF, I need it processed urgently. You will need to sign in to open.

Open: https://docs-share.example/file/d/1x8Qm2/view?usp=sharing&login=required

You have received this email because rebecca.lyons@docs-share.example shared a document with you.
""", notes="Phishing: 'shared deletion request' link. Not a request: no identifiable person or content, only a login link.")

# ---- other languages
M("de-negative-bestellung-stornieren", **N, lang="de", style="gmail",
  frm=("Maximilian Krause", "max.krause@example.de"), date="2026-11-08 12:30 +0100",
  subj="Bestellung löschen",
  body="""
Hallo,

bitte löscht meine Bestellung 3DP-20951, ich habe aus Versehen zweimal bestellt. Die andere (3DP-20952) bleibt.

Danke
Max
""", notes="Delete an order.")

M("de-negative-rechnungsadresse-firma", **N, lang="de", style="outlook", acc_lang="de-DE",
  frm=("Buchhaltung Weber Feinmechanik", "buchhaltung@weber-feinmechanik.example"), date="2026-11-16 09:40 +0100",
  subj="Korrektur der Rechnungsanschrift",
  body="""
Sehr geehrte Damen und Herren,

bitte korrigieren Sie auf der Rechnung 2026-1187 die Anschrift auf:

Weber Feinmechanik GmbH
Industriestraße 14
73430 Aalen

und senden Sie uns die korrigierte Rechnung zu. Ohne korrekte Anschrift können wir den Vorsteuerabzug nicht geltend machen.

Mit freundlichen Grüßen
Buchhaltung
Weber Feinmechanik GmbH
""", notes="Company invoice address correction.")

M("de-negative-avv-anfrage-kunde", **N, lang="de", style="tb", acc_lang="de-DE",
  frm=("Julia Hartmann", "j.hartmann@medtec-hartmann.example"), date="2026-11-25 14:15 +0100",
  subj="Auftragsverarbeitungsvertrag (AVV)?",
  body="""
Guten Tag,

wir möchten Ihnen regelmäßig Konstruktionsdaten schicken, in denen teilweise Namen unserer Mitarbeiter (Zeichnungskopf) stehen. Bieten Sie einen Auftragsverarbeitungsvertrag nach Art. 28 DSGVO an? Und wo werden die Daten gespeichert (USA?)?

Freundliche Grüße
Julia Hartmann
MedTec Hartmann GmbH, Stuttgart
""", notes="B2B data-processing (AVV) question.")

M("de-negative-datenschutz-frage-allgemein", **N, lang="de", style="gmail",
  frm=("Stefan Huber", "stefan.huber@example.at"), date="2026-12-02 20:40 +0100",
  subj="Frage zur Datenschutzerklärung",
  body="""
Servus,

ich überlege, bei euch zu bestellen. In eurer Datenschutzerklärung steht, dass ihr Standortdaten erhebt. Wozu braucht ihr die bei einem 3D-Druck-Auftrag? Nur aus Interesse, bevor ich ein Konto anlege.

Lg Stefan
""", notes="Question about the policy, no request for own data.")

M("de-negative-stl-zugriff-ch", **N, lang="de", style="apple",
  frm=("Urs Meier", "urs.meier@example.ch"), date="2026-12-09 10:00 +0100",
  subj="Zugriff auf Datei",
  body="""
Grüezi

Ich habe keinen Zugriff auf die STL-Datei im Kundenbereich ("Datei nicht gefunden"). Könnten Sie sie mir bitte direkt schicken? Und bitte die alte Version löschen, damit ich nicht die falsche drucke.

Freundliche Grüsse
Urs Meier
""", notes="File access and deleting an old version.")

M("de-negative-phishing-datenschutzbehoerde", **N, lang="de", style="html",
  frm=("Datenschutzbehörde Österreich", "verfahren@dsb-gv-at.example"), date="2026-12-17 07:30 +0000",
  subj="Einleitung eines Verfahrens gem. Art. 77 DSGVO – GZ: D124.3392/2026",
  html="""<html><body style="font-family:Arial">
<p><b>REPUBLIK ÖSTERREICH – DATENSCHUTZBEHÖRDE</b></p>
<p>Sehr geehrte Damen und Herren,</p>
<p>gegen Ihr Unternehmen wurde eine Beschwerde wegen Verletzung des Rechts auf Löschung eingebracht. Sie werden aufgefordert, binnen 3 Tagen über das Behördenportal Stellung zu nehmen. Andernfalls wird eine Geldbuße verhängt.</p>
<p><a href="https://dsb-gv-at.example/portal/anmelden?gz=D124.3392">Zum Behördenportal (Anmeldung mit E-Mail-Passwort)</a></p>
<p>Mit freundlichen Grüßen<br>Die Datenschutzbehörde</p>
</body></html>
""", notes="Phishing imitating the Austrian DPA.")

M("fr-negative-devis-fichiers", **N, lang="fr", style="gmail",
  frm=("Julien Mercier", "julien.mercier@example.fr"), date="2026-11-20 15:00 +0100",
  subj="Demande de devis",
  body="""
Bonjour,

Pourriez-vous me faire un devis pour 10 pièces en PETG (fichier STEP à venir) ? Et pouvez-vous supprimer l'ancien fichier que j'avais envoyé la semaine dernière, il contenait une erreur.

Merci,
Julien
""", notes="Quote; delete an old file.")

M("es-negative-envio-direccion", **N, lang="es", style="iphone",
  frm=("Lucía Romero", "lucia.romero@example.es"), date="2026-11-27 18:20 +0100",
  subj="Cambio de dirección de envío",
  body="""
Hola, ¿pueden cambiar la dirección de envío del pedido 3DP-21120? Me he mudado. La nueva es Calle Mayor 21, 3º B, 28013 Madrid. Gracias.

Enviado desde mi iPhone
""", notes="Shipping address on an order.")

M("it-negative-fattura-copia", **N, lang="it", style="gmail",
  frm=("Alessandro Conti", "a.conti@conti-srl.example"), date="2026-12-03 11:30 +0100",
  subj="Copia fattura",
  body="""
Buongiorno,

potreste inviarmi una copia della fattura dell'ordine 3DP-21201 intestata a Conti S.r.l., con partita IVA? Ci serve per la contabilità.

Grazie,
Alessandro Conti
""", notes="Invoice copy.")

M("nl-negative-bestand-verwijderen", **N, lang="nl", style="gmail",
  frm=("Bram Visser", "bram.visser@example.nl"), date="2026-12-14 10:40 +0100",
  subj="Verkeerd bestand",
  body="""
Hoi,

Ik heb per ongeluk het verkeerde bestand geüpload bij mijn offerteaanvraag. Kunnen jullie dat verwijderen en deze gebruiken (link volgt)?

Groet,
Bram
""", notes="Wrong file uploaded.")

M("pl-negative-dostep-do-konta", **N, lang="pl", style="gmail",
  frm=("Michał Lewandowski", "michal.lewandowski@example.pl"), date="2026-12-18 19:05 +0100",
  subj="Brak dostępu do konta",
  body="""
Dzień dobry,

nie mogę się zalogować do konta – link do resetu hasła wygasa od razu. Czy mogą Państwo pomóc? Chcę pobrać fakturę.

Pozdrawiam
Michał
""", notes="Login problem.")

M("sv-negative-offert-data", **N, lang="sv", style="gmail",
  frm=("Karin Nyström", "karin.nystrom@example.se"), date="2027-01-05 13:25 +0100",
  subj="Offertförfrågan",
  body="""
Hej,

Kan ni ta fram en offert på 30 st kabelhållare i PETG? Ritning och data bifogas i nästa mejl.

Vänliga hälsningar
Karin
""", notes="Quote request.")

M("ja-negative-mitsumori", **N, lang="ja", style="b64", cs="utf-8", plain_only=True,
  frm=("山田 健太", "kenta.yamada@example.jp"), date="2027-01-08 11:00 +0900",
  subj="見積もりのお願い",
  body="""
3DPros ご担当者様

STLデータを添付しますので、ナイロンで5個の見積もりをお願いできますでしょうか。
前回送ったデータは古いので削除してください。

山田 健太
""", notes="Quote; delete older file.")

M("en-negative-printer-farm-data-question", **N, lang="en", style="gmail",
  frm=("Ben Kowalski", "ben@kowalski-makerspace.example"), date="2027-01-14 10:12 -0600",
  subj="How do you handle customer files?",
  body="""
Hi 3DPros,

I'm setting up a small print farm at our makerspace and I'm trying to write a sensible privacy/file policy. How long do you keep customer STL files, and do you delete them automatically? Any tips appreciated, no worries if not.

Ben
Kowalski Makerspace, Round Rock
""", notes="Peer asking about our file practices.")

M("en-negative-guest-order-status", **N, lang="en", style="iphone",
  frm=("Chloe Ramirez", "chloe.ramirez@example.com"), date="2027-01-21 20:40 -0800",
  subj="Order status",
  body="""
Hi, I checked out as a guest so I don't have an account - how do I see the status of order 3DP-21760? Also is my information saved anywhere for next time or do I retype it?

Sent from my iPhone
""", notes="Order status and a question whether info is saved: no request.")
