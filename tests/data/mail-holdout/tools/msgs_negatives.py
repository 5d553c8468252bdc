"""Hard negatives (ordinary business mail, some worded like a request) and automated mail:
out-of-office replies, bounces, mailing lists, newsletters, SaaS notifications (hand-written)."""

from __future__ import annotations

from kit import COMPANY, Att, Mail, add, addr, auto, fake_pdf, neg, subj

BULK = [("Precedence", "bulk")]


def unsub(url: str, mailto: str | None = None) -> list[tuple[str, str]]:
    v = f"<{url}>" + (f", <mailto:{mailto}>" if mailto else "")
    return [("List-Unsubscribe", v), ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")]


# ----------------------------------------------------------------------------- customer service, worded like requests

add(Mail(
    "en-negative-remove-supports-on-print.eml",
    frm=addr("Derek Alston", "derek.alston@example.com"),
    subject="Re: Quote for 4x mounting brackets",
    date="2026-09-03 14:18 -0500",
    client="gmail",
    in_reply_to="<quote-Q-1138.1756913000@3dpros.com>",
    text="""\
Looks good, go ahead with PETG in black. Can you remove the supports on the prints before shipping and delete the brim on the two small ones? I don't have a deburring tool at home.

Also - access to the shop is through the back door if you deliver locally.

Derek""",
    label=neg("Order instructions: 'remove the supports', 'delete the brim', 'access' - print post-processing, not personal data."),
))

add(Mail(
    "en-negative-access-stl-files.eml",
    frm=addr("Priscilla Wong", "pwong@example.org"),
    subject="Can't access my STL files",
    date="2026-09-11 10:32 -0700",
    client="outlook",
    text="""\
Hi,

How do I access the STL files you designed for me for the cosplay gauntlet? The download link in your email from last week says it has expired. Can you send a new link or attach them?

Thanks,
Priscilla""",
    label=neg("Asks for delivery of purchased design files (a product), not a copy of her personal data."),
))

add(Mail(
    "en-negative-correct-invoice-address.eml",
    frm=addr("Accounts Payable - Hill Country Robotics", "ap@hillcountryrobotics.example"),
    subject="Invoice INV-2026-0418 - please correct billing address",
    date="2026-09-15 09:05 -0500",
    client="outlook",
    text="""\
Hello,

We received invoice INV-2026-0418 for the enclosure prints, thank you. Our company moved in August; could you please correct the billing address on the invoice and reissue it so we can process payment?

New address:
Hill Country Robotics LLC
1800 Kramer Ln, Suite 210
Austin, TX 78758

PO number stays the same (PO-7781).

Thank you,
Janine Ortega
Accounts Payable""",
    label=neg("Business customer asks to reissue an invoice with a new company address: a transaction document fix for a company, not a data-subject correction request."),
))

add(Mail(
    "en-negative-cancel-erase-quote.eml",
    frm=addr("Sam Whitaker", "sam@whitaker-studio.example"),
    subject="Re: Quote Q-1142 - lamp shades",
    date="2026-09-25 17:40 -0500",
    client="thunderbird",
    domain="whitaker-studio.example",
    in_reply_to="<quote-Q-1142.1758120000@3dpros.com>",
    text="""\
Hi Dana,

We've decided to go another direction with the lamp shades, so please cancel and erase the quote Q-1142 and the test slices you set up. Thanks for the quick turnaround anyway, we'll be back for the next project.

Sam Whitaker
Whitaker Studio""",
    label=neg("'cancel and erase the quote' - business paperwork and print files, not a request about personal data."),
))

add(Mail(
    "en-negative-unsubscribe-link-bug-report.eml",
    frm=addr("Nadia Farouk", "nadia.farouk@example.net"),
    subject="Heads up: unsubscribe link on your site is broken",
    date="2026-10-06 12:12 -0500",
    client="gmail",
    text="""\
Hey 3DPros,

Just a heads up - the "unsubscribe" and "manage preferences" links at the bottom of your newsletter go to a 404 page on your site. I'm not trying to unsubscribe (love the Maker Monday tips!), but someone else might be and they'll get annoyed.

Cheers,
Nadia""",
    label=neg("Bug report about the unsubscribe link; she explicitly does not want to opt out."),
))

add(Mail(
    "en-negative-delete-my-order-wrong-color.eml",
    frm=addr("Chris Lam", "chrislam.builds@example.com"),
    subject="Delete my order",
    date="2026-10-09 21:33 -0500",
    client="apple",
    domain="example.com",
    text="""\
Hi can you delete my order 3DP-2317? I picked the wrong color (wanted galaxy black not silk silver). I'll place a new one tonight

Sent from my iPhone""",
    text_only=True,
    label=neg("'Delete my order' = cancel an order."),
))

add(Mail(
    "en-negative-privacy-policy-question.eml",
    frm=addr("Adrian Kessler", "akessler@kessler-medtech.example"),
    subject="Question about file handling before we send a prototype",
    date="2026-10-13 08:47 -0500",
    client="outlook",
    text="""\
Good morning,

We're considering you for printing a prototype housing that is under NDA. Before we upload anything: your privacy notice talks about personal information, but I couldn't find anything about customer design files. Do you keep uploaded CAD/STL files after the job is done, and if so for how long? Are they shared with anyone?

If you have a standard NDA or a data handling statement, please send it over.

Best regards,
Adrian Kessler
Kessler Medtech, Round Rock TX""",
    label=neg("Pre-sales question about the company's file retention policy; asks nothing about his own personal data."),
))

add(Mail(
    "en-negative-remove-name-from-engraving.eml",
    frm=addr("Tamara Jenkins", "tamara.j@example.org"),
    subject="Change to my custom order",
    date="2026-10-20 13:01 -0500",
    client="yahoo",
    text="""\
Hello! For the custom trophy (order 3DP-2333) please remove my name from the engraving on the base and just put "Pflugerville Robotics 2026 Champions". Sorry for the late change, hope it's not printed yet.

Tamara""",
    label=neg("'remove my name' from an engraving = change a product."),
))

add(Mail(
    "en-negative-update-shipping-address-order.eml",
    frm=addr("Luis Ocampo", "luis.ocampo@example.com"),
    subject="Update shipping address for 3DP-2341",
    date="2026-11-03 07:22 -0600",
    client="gmail",
    text="""\
Hi, I just placed order 3DP-2341 and realized it's going to my old apartment. Can you update the shipping address before it ships? New one is 415 W Pecan St, Apt 12, Pflugerville TX 78660.

Thanks!
Luis""",
    label=neg("Order logistics: ship to a new address. A person would fix the order, not file a correction request."),
))

add(Mail(
    "en-negative-password-reset.eml",
    frm=addr("Megan Price", "megprice@example.net"),
    subject="can't log in",
    date="2026-11-10 19:50 -0600",
    client="gmail",
    text="""\
I can't log into my account on your site, the reset password email never arrives. Can you reset it for me? My username is megprints.

Megan""",
    label=neg("Account support."),
))

add(Mail(
    "en-negative-internal-colleague-question.eml",
    frm=addr("Mike Whitfield", "mike.whitfield.atx@example.com"),
    subject="privacy stuff + Etsy export",
    date="2026-10-30 22:10 -0500",
    client="gmail",
    text="""\
Hey Dana,

Did we ever answer that deletion request from the Texas guy (Ramón?) and the lady in California who wanted to know what we have on her? Want to make sure we don't miss the 45 days.

Also can you delete the old Etsy customer export from the shared drive, we don't need it anymore.

Mike
(sent from my personal acct, work laptop is at the shop)""",
    label=neg("Co-owner writing from a personal address about handling requests; mentions deletion but is internal, not a data subject's request."),
))

add(Mail(
    "en-negative-dpa-signature-request.eml",
    frm=addr("Vendor Management - Cedar Park ISD", "vendors@cpisd.example"),
    subject="Action needed: Student Data Privacy Agreement for 3DPros LLC",
    date="2026-09-29 10:00 -0500",
    client="outlook",
    text="""\
Hello,

Thank you for providing 3D printing services to our STEM program. Because your service may involve student names in project files, Texas law requires us to have a signed Student Data Privacy Agreement (TX-NDPA) on file with each vendor.

Please review the attached agreement, sign Exhibit E, and return it to this address by October 15, 2026. Let us know if you have questions about the data deletion provisions in Article IV.

Regards,
Vendor Management Office
Cedar Park Independent School District""",
    attachments=[Att("TX-NDPA_3DPros_LLC.pdf", "application/pdf",
                     fake_pdf("TX-NDPA", ["TEXAS STUDENT DATA PRIVACY AGREEMENT", "Between Cedar Park ISD and 3DPros LLC",
                                          "Article IV: Data deletion upon termination"]))],
    label=neg("B2B contract paperwork about privacy; nobody exercises a right."),
))

add(Mail(
    "en-negative-job-application-consent.eml",
    frm=addr("Keisha Morgan", "keisha.morgan.design@example.com"),
    subject="Application - Part-time print technician",
    date="2026-10-02 16:25 -0500",
    client="gmail",
    text="""\
Hello 3DPros team,

I saw your post on the Pflugerville community board for a part-time print technician. I'm a second-year engineering technology student at ACC and I run a small Prusa MK4 and Bambu P1S farm at home (mostly PETG and ASA functional parts). My resume is attached.

I consent to the processing of my personal data for the purposes of this recruitment process.

Thank you for your consideration,
Keisha Morgan
(512) 555-0147""",
    attachments=[Att("Keisha_Morgan_Resume.pdf", "application/pdf",
                     fake_pdf("Resume", ["KEISHA MORGAN", "Print technician - Austin Community College",
                                         "Skills: FDM, resin, Fusion 360, PrusaSlicer"]))],
    label=neg("Job application with a consent clause; gives consent, does not exercise a right."),
))

add(Mail(
    "en-negative-gdpr-vendor-cold-email.eml",
    frm=addr("Tyler Haas", "tyler.haas@dsarflow.example"),
    subject="Quick question about deletion requests at 3DPros",
    date="2026-10-07 09:14 -0400",
    client="gmail",
    text="""\
Hi there,

Noticed 3DPros ships to the EU and California - which means GDPR and CCPA data subject requests (access, deletion, do-not-sell) can land in your inbox any day, with 30-45 day deadlines.

DSARflow automates the whole thing: intake form, identity verification, deadline tracking and response templates. Teams your size usually spend 6+ hours per request doing it by hand.

Worth a 15-minute call next week? Here's my calendar: https://cal.dsarflow.example/tyler

Best,
Tyler Haas
Account Executive, DSARflow

P.S. If this isn't relevant, just reply "no thanks" and I won't follow up.""",
    label=neg("Privacy-themed cold sales email full of request vocabulary; no list headers."),
))

add(Mail(
    "en-negative-phishing-data-violation-notice.eml",
    frm=addr("Data Protection Compliance Unit", "notice@dpa-compliance-center.example"),
    subject="URGENT: GDPR Violation Complaint filed against 3dpros.com - Ref #EU-DP-77213",
    date="2026-10-21 03:12 +0000",
    client="bulk",
    domain="dpa-compliance-center.example",
    html_only=True,
    html="""\
<html><body style="font-family:Arial">
<p><b>NOTICE OF DATA PROTECTION COMPLAINT</b></p>
<p>Dear Website Owner,</p>
<p>A formal complaint has been lodged against your domain <b>3dpros.com</b> for the unlawful processing of personal data of an EU citizen (Article 83 GDPR). Failure to respond within <b>48 hours</b> may result in a fine of up to &euro;20,000,000 and the suspension of your domain.</p>
<p>To view the complaint document and submit your response, please log in with your email account credentials:</p>
<p><a href="http://dpa-compliance-center.example/view?id=EU-DP-77213&amp;u=3dprosteam">View Complaint Document (PDF)</a></p>
<p>Data Protection Compliance Unit<br>European Enforcement Office</p>
</body></html>
""",
    label=neg("Phishing dressed as a regulator complaint; not a complaint by a data subject."),
))

add(Mail(
    "en-negative-phishing-mailbox-full.eml",
    frm=addr("Gmail Team", "mail-support@g-mailverify.example"),
    subject="Action Required: Your mailbox is 99% full - messages will be deleted",
    date="2026-11-12 05:40 +0000",
    client="bulk",
    domain="g-mailverify.example",
    html_only=True,
    html="""\
<html><body>
<div style="font-family:Roboto,Arial;font-size:14px">
<p>Hello 3dprosteam,</p>
<p>Your mailbox storage has reached <b>99%</b>. Incoming messages are being held and your stored data will be deleted within 24 hours.</p>
<p><a href="http://g-mailverify.example/upgrade?acct=3dprosteam">Verify your account to keep your data</a></p>
<p>Google Account Team</p>
</div></body></html>
""",
    label=neg("Phishing."),
))

add(Mail(
    "en-negative-spam-seo.eml",
    frm=addr("Ravi | Growth Partners", "ravi.seo.partner@example.net"),
    subject="3dpros.com - page 1 ranking guaranteed",
    date="2026-09-19 02:11 +0530",
    client="gmail",
    text="""\
Hello Website Owner,

I was checking your website 3dpros.com and found 37 critical SEO errors which are stopping you to rank on Google page 1 for "3d printing service Austin".

We can fix all errors and guarantee 1st page ranking in 90 days at very affordable price. Shall I send you the full report and price list?

Regards
Ravi
SEO Expert""",
    label=neg("SEO spam."),
))

# ----------------------------------------------------------------------------- SaaS and transactional notifications

add(Mail(
    "en-negative-shopify-order-notification.eml",
    frm=addr("3DPros", "store+71234567890@t.shopifyemail.example"),
    subject="[3DPros] Order #3DP-2330 placed by Kevin Moore",
    date="2026-10-18 15:42:09 -0400",
    client="bulk",
    domain="shopifyemail.example",
    html="""\
<html><body style="font-family:-apple-system,Helvetica,Arial">
<h2>Kevin Moore placed order #3DP-2330 on Oct 18 at 2:42 pm.</h2>
<table>
<tr><td>Custom articulated dragon (PLA, 40cm) &times; 1</td><td>$64.00</td></tr>
<tr><td>Shipping (USPS Ground Advantage)</td><td>$8.95</td></tr>
<tr><td><b>Total</b></td><td><b>$72.95</b></td></tr>
</table>
<h3>Shipping address</h3>
<p>Kevin Moore<br>88 Larkspur Dr<br>Georgetown TX 78628<br>United States</p>
<p>Customer email: kevin.moore@example.com</p>
<p><a href="https://admin.shopify.example/store/3dpros/orders/5544332211">View order</a></p>
</body></html>
""",
    text="""\
Kevin Moore placed order #3DP-2330 on Oct 18 at 2:42 pm.

Custom articulated dragon (PLA, 40cm) x 1   $64.00
Shipping (USPS Ground Advantage)            $8.95
Total                                       $72.95

Shipping address
Kevin Moore
88 Larkspur Dr
Georgetown TX 78628
United States

Customer email: kevin.moore@example.com

View order: https://admin.shopify.example/store/3dpros/orders/5544332211""",
    label=neg("Store order notification with a customer's name and address; not a request."),
))

add(Mail(
    "en-negative-shopify-export-ready.eml",
    frm=addr("Shopify", "mailer@shopifyemail.example"),
    subject="Your customers export is ready",
    date="2026-11-04 11:02:44 -0500",
    client="bulk",
    domain="shopifyemail.example",
    html_only=True,
    html="""\
<html><body style="font-family:-apple-system,Helvetica,Arial;font-size:14px">
<p>Hi 3DPros,</p>
<p>Your export of <b>1,214 customers</b> is ready. You can download the CSV file for the next 24 hours.</p>
<p><a href="https://admin.shopify.example/store/3dpros/exports/99812">Download export</a></p>
<p>If you didn't request this export, please contact support and review your staff accounts' access.</p>
<p>The Shopify Team</p>
</body></html>
""",
    label=neg("'export is ready', 'access' - the company's own data export."),
))

add(Mail(
    "en-negative-stripe-payout.eml",
    frm=addr("Stripe", "notifications@stripe.example"),
    subject="Your payout of $1,284.50 is on the way",
    date="2026-09-22 06:03:11 +0000",
    client="bulk",
    domain="stripe.example",
    text="""\
Stripe

A payout of $1,284.50 USD to your bank account ending in 4471 is on its way. It should arrive by Wednesday, September 23.

Payout ID: po_1Q8ZkR2eZvKYlo2C0aPl3mXw

View payout details: https://dashboard.stripe.example/payouts/po_1Q8ZkR2eZvKYlo2C0aPl3mXw

You're receiving this email because you're an owner of the 3DPros LLC Stripe account.""",
    label=neg("Payment notification."),
))

add(Mail(
    "en-negative-stripe-privacy-policy-update.eml",
    frm=addr("Stripe", "notifications@stripe.example"),
    subject="Updates to the Stripe Privacy Policy",
    date="2026-10-01 15:00:00 +0000",
    client="bulk",
    domain="stripe.example",
    text="""\
Hello,

We're writing to let you know that we're updating the Stripe Privacy Policy, effective November 1, 2026. The updates clarify how we process personal data of your customers when we act as a data controller, describe new rights available to residents of certain US states, and explain how to exercise rights of access, deletion and correction.

You don't need to take any action. By continuing to use Stripe after November 1, you acknowledge the updated policy.

Read the updated Privacy Policy: https://stripe.example/privacy

Stripe, 354 Oyster Point Blvd, South San Francisco, CA 94080""",
    label=neg("Vendor policy update listing rights; nobody exercises one."),
))

add(Mail(
    "en-negative-quickbooks-invoice-resin-supplier.eml",
    frm=addr("Lone Star Resin Supply via QuickBooks", "quickbooks@notification.intuit.example"),
    reply_to=addr("Lone Star Resin Supply", "billing@lonestarresin.example"),
    subject="Invoice 1047 from Lone Star Resin Supply",
    date="2026-10-05 08:30:15 -0700",
    client="bulk",
    domain="notification.intuit.example",
    html="""\
<html><body style="font-family:Avenir,Arial;font-size:14px">
<p>Dear 3DPros LLC,</p>
<p>Here's your invoice! We appreciate your prompt payment.</p>
<table><tr><td>Invoice</td><td>1047</td></tr><tr><td>Due date</td><td>11/04/2026</td></tr><tr><td>Balance due</td><td><b>$912.40</b></td></tr></table>
<p><a href="https://connect.intuit.example/portal/app/CommerceNetwork/view/scs-v1-1047">Review and pay</a></p>
<p>Thanks for your business!<br>Lone Star Resin Supply</p>
</body></html>
""",
    text="""\
Dear 3DPros LLC,

Here's your invoice! We appreciate your prompt payment.

Invoice: 1047
Due date: 11/04/2026
Balance due: $912.40

Review and pay: https://connect.intuit.example/portal/app/CommerceNetwork/view/scs-v1-1047

Thanks for your business!
Lone Star Resin Supply""",
    attachments=[Att("Invoice_1047_from_Lone_Star_Resin_Supply.pdf", "application/pdf",
                     fake_pdf("Invoice 1047", ["Lone Star Resin Supply", "INVOICE 1047", "Bill to: 3DPros LLC",
                                               "12x Tough resin 1kg grey ... $912.40"]))],
    label=neg("QuickBooks invoice notification from a supplier, PDF attached."),
))

add(Mail(
    "de-negative-lieferantenrechnung-pdf.eml",
    frm=addr("Buchhaltung Filamentwerk Sachsen GmbH", "rechnung@filamentwerk-sachsen.example"),
    subject="Rechnung RE-2026-11873",
    date="2026-10-26 09:14 +0100",
    client="outlook",
    content_language="de-DE",
    text="""\
Sehr geehrte Damen und Herren,

anbei erhalten Sie unsere Rechnung RE-2026-11873 über 24 Spulen PETG (Lieferung vom 19.10.2026).

Zahlbar innerhalb von 30 Tagen ohne Abzug.

Mit freundlichen Grüßen
Buchhaltung
Filamentwerk Sachsen GmbH · Amtsgericht Chemnitz HRB 31877

Datenschutzhinweis: Informationen zur Verarbeitung Ihrer personenbezogenen Daten und zu Ihren Rechten nach Art. 15 bis 21 DSGVO finden Sie unter https://filamentwerk-sachsen.example/datenschutz""",
    attachments=[Att("RE-2026-11873.pdf", "application/pdf",
                     fake_pdf("RE-2026-11873", ["Filamentwerk Sachsen GmbH", "RECHNUNG RE-2026-11873",
                                                "24x PETG 1kg  EUR 456,00"]))],
    label=neg("Supplier invoice (PDF) with a GDPR rights footer."),
))

add(Mail(
    "en-negative-google-security-alert.eml",
    frm=addr("Google", "no-reply@accounts.google.com"),
    subject="Security alert",
    date="2026-09-30 18:22:40 +0000",
    client="gmail",
    html="""\
<html><body><div style="font-family:Google Sans,Roboto,Arial;max-width:516px">
<p style="font-size:24px">A new sign-in on Mac</p>
<p>3dprosteam@gmail.com</p>
<p>We noticed a new sign-in to your Google Account on a Mac device. If this was you, you don't need to do anything. If not, we'll help you secure your account.</p>
<p><a href="https://accounts.google.com/AccountChooser?Email=3dprosteam@gmail.com&amp;continue=https://myaccount.google.com/alert/nt/1759256560000">Check activity</a></p>
<p style="font-size:12px;color:#666">You can also see security activity at https://myaccount.google.com/notifications<br>You received this email to let you know about important changes to your Google Account and services.</p>
</div></body></html>
""",
    text="""\
A new sign-in on Mac

3dprosteam@gmail.com
We noticed a new sign-in to your Google Account on a Mac device. If this was you, you don't need to do anything. If not, we'll help you secure your account.

Check activity
https://accounts.google.com/AccountChooser?Email=3dprosteam@gmail.com&continue=https://myaccount.google.com/alert/nt/1759256560000

You received this email to let you know about important changes to your Google Account and services.""",
    label=neg("Account security notification."),
))

add(Mail(
    "en-negative-saas-account-deleted.eml",
    frm=addr("PrintQueue", "no-reply@printqueue.example"),
    subject="Your PrintQueue account has been deleted",
    date="2026-11-13 16:00:02 +0000",
    client="bulk",
    domain="printqueue.example",
    text="""\
Hi 3DPros,

As requested, your PrintQueue workspace "3DPros Farm" and all associated data (printers, job history, 2 team members) have been permanently deleted.

If you did not request this, contact support@printqueue.example within 7 days.

Thanks for trying PrintQueue.""",
    label=neg("A tool 3DPros used confirms deleting 3DPros' own account: deletion words, no request to us."),
))

add(Mail(
    "en-negative-meta-ads-receipt.eml",
    frm=addr("Meta for Business", "advertise-noreply@support.meta.example"),
    subject="Your Meta ads receipt (Account ID: 1029384756)",
    date="2026-10-31 23:59:10 -0700",
    client="bulk",
    domain="support.meta.example",
    text="""\
Receipt for 3DPros LLC

Account ID: 1029384756
Billing period: Oct 1 - Oct 31, 2026
Amount billed: $186.22
Payment method: Visa ending in 4471
Campaign: "Halloween props - custom prints" (Pflugerville +25 mi)

Manage billing: https://business.facebook.example/billing_hub/""",
    label=neg("Ad platform receipt."),
))

add(Mail(
    "en-negative-review-request-supplier.eml",
    frm=addr("Lone Star Resin Supply", "reviews@lonestarresin.example"),
    subject="How did we do, 3DPros?",
    date="2026-10-12 10:00:00 -0500",
    client="bulk",
    domain="lonestarresin.example",
    text="""\
Hi 3DPros,

Your order #LSR-5521 was delivered last week. Would you take 30 seconds to rate us?

Rate your order: https://lonestarresin.example/review?o=LSR-5521

Thanks,
Lone Star Resin Supply""",
    label=neg("Review request from a supplier."),
))

add(Mail(
    "en-negative-calendar-invite-supplier-call.eml",
    frm=addr("Marcy Dolan", "marcy.dolan@lonestarresin.example"),
    subject="Invitation: Q4 resin pricing call @ Thu Oct 22, 2026 10am - 10:30am (CDT)",
    date="2026-10-15 15:20:33 -0500",
    client="gmail",
    raw_body=b"""\
Content-Type: multipart/mixed; boundary="000000000000f3a1e2063e6b1d11"

--000000000000f3a1e2063e6b1d11
Content-Type: multipart/alternative; boundary="000000000000f3a1e0063e6b1d0f"

--000000000000f3a1e0063e6b1d0f
Content-Type: text/plain; charset="UTF-8"; format=flowed; delsp=yes

Q4 resin pricing call
Thursday Oct 22, 2026 10am - 10:30am Central Time - Chicago

Quick call to go over Q4 pricing for Tough and ABS-like resin and the
pallet discount. Joining info below.

Join with Google Meet: https://meet.google.example/qvx-ndbk-tru

Organizer: marcy.dolan@lonestarresin.example
Guests: 3dprosteam@gmail.com

Invitation from Google Calendar

--000000000000f3a1e0063e6b1d0f
Content-Type: text/calendar; charset="UTF-8"; method=REQUEST
Content-Transfer-Encoding: 7bit

BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20261022T150000Z
DTEND:20261022T153000Z
DTSTAMP:20261015T202033Z
ORGANIZER;CN=Marcy Dolan:mailto:marcy.dolan@lonestarresin.example
UID:5t0l7p8q1c2v3b4n5m6k7j8h9g@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=3dprosteam@gmail.com;X-NUM-GUESTS=0:mailto:3dprosteam@gmail.com
DESCRIPTION:Quick call to go over Q4 pricing for Tough and ABS-like resin a
 nd the pallet discount.
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Q4 resin pricing call
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR

--000000000000f3a1e0063e6b1d0f--

--000000000000f3a1e2063e6b1d11
Content-Type: application/ics; name="invite.ics"
Content-Disposition: attachment; filename="invite.ics"
Content-Transfer-Encoding: base64

QkVHSU46VkNBTEVOREFSDQpQUk9ESUQ6LS8vR29vZ2xlIEluYy8vR29vZ2xlIENhbGVuZGFyIDcw
LjkwNTQvL0VODQpWRVJTSU9OOjIuMA0KTUVUSE9EOlJFUVVFU1QNCkJFR0lOOlZFVkVOVA0KRFRT
VEFSVDoyMDI2MTAyMlQxNTAwMDBaDQpEVEVORDoyMDI2MTAyMlQxNTMwMDBaDQpTVU1NQVJZOlE0
IHJlc2luIHByaWNpbmcgY2FsbA0KRU5EOlZFVkVOVA0KRU5EOlZDQUxFTkRBUg0K
--000000000000f3a1e2063e6b1d11--
""",
    label=neg("Calendar invitation (text/calendar METHOD:REQUEST + .ics)."),
))

# ----------------------------------------------------------------------------- other-language customer mail

add(Mail(
    "de-negative-bestellung-loeschen.eml",
    frm=addr("Tobias Krämer", "tobias.kraemer@example.de"),
    subject=subj("Bestellung löschen", "iso-8859-1"),
    date="2026-09-24 08:10 +0200",
    client="gmx",
    domain="gmx.example",
    charset="iso-8859-1",
    cte="quoted-printable",
    text="""\
Hallo,

bitte löschen Sie meine Bestellung 3DP-2301, ich habe die falsche Farbe gewählt (wollte Schwarz, nicht Grau). Ich bestelle gleich neu.

Danke und Gruß
Tobias Krämer""",
    label=neg("'Bestellung löschen' = cancel the order."),
))

add(Mail(
    "fr-negative-corriger-facture.eml",
    frm=addr("Comptabilité Atelier Moreau", "compta@atelier-moreau.example"),
    subject="Facture 3DP-F-0412 : erreur d'adresse",
    date="2026-10-08 11:30 +0200",
    client="outlook",
    content_language="fr-FR",
    charset="windows-1252",
    text="""\
Bonjour,

Sur la facture 3DP-F-0412, l'adresse de facturation de notre société est erronée (ancienne adresse rue Garibaldi). Pourriez-vous corriger la facture et nous la renvoyer avec la nouvelle adresse : 14 quai Perrache, 69002 Lyon, et notre numéro de TVA FR 55 123456789 ?

Merci d'avance,
Service comptabilité
Atelier Moreau SARL""",
    label=neg("Company asks for a corrected invoice: accounting, not a personal-data correction."),
))

add(Mail(
    "it-negative-accesso-file-stl.eml",
    frm=addr("Davide Conti", "davide.conti@example.it"),
    subject="accesso ai file",
    date="2026-10-22 19:05 +0200",
    client="gmail",
    text="""\
Ciao, come faccio ad accedere ai file STL del supporto per la bici che avete modellato per me? Nell'area clienti non li vedo. Grazie!

Davide""",
    label=neg("Access to purchased design files, not to personal data."),
))

add(Mail(
    "nl-negative-offerte-annuleren.eml",
    frm=addr("Femke Visser", "femke@visser-interieur.example"),
    subject="Offerte annuleren",
    date="2026-11-02 14:48 +0100",
    client="outlook",
    content_language="nl-NL",
    text="""\
Hallo,

Wilt u offerte Q-1187 annuleren en de tekening uit uw printwachtrij verwijderen? De klant heeft het project stopgezet.

Met vriendelijke groet,
Femke Visser
Visser Interieur""",
    label=neg("Cancel a quote, remove a drawing from the print queue."),
))

add(Mail(
    "es-negative-pregunta-envio-mexico.eml",
    frm=addr("Óscar Villanueva", "oscar.villanueva@example.mx"),
    subject=subj("¿Envían a México?", "utf-8", "B"),
    date="2026-09-17 12:40 -0600",
    client="outlookcom",
    content_language="es-MX",
    text="""\
Hola, ¿hacen envíos a Guadalajara? Quisiera pedir 10 piezas de repuesto para una impresora Ender 3. ¿Cuánto costaría el envío y cuánto tarda?

Saludos,
Óscar""",
    label=neg("Shipping question."),
))

add(Mail(
    "pt-negative-orcamento-rodape-lgpd.eml",
    frm=addr("Fernanda Lima - Lima Protótipos", "fernanda@limaprototipos.example"),
    subject=subj("Orçamento - 50 peças em nylon", "utf-8", "Q"),
    date="2026-10-27 10:22 -0300",
    client="outlook",
    content_language="pt-BR",
    text="""\
Bom dia,

Gostaríamos de um orçamento para 50 peças em nylon PA12 conforme o arquivo em anexo (caixa para sensor, 80 x 40 x 25 mm). Prazo desejado: 3 semanas, entrega em Campinas - SP.

Atenciosamente,
Fernanda Lima
Compras - Lima Protótipos Ltda.

AVISO DE CONFIDENCIALIDADE: Esta mensagem pode conter dados pessoais protegidos pela Lei Geral de Proteção de Dados (LGPD - Lei 13.709/2018). Se você não for o destinatário, solicitamos a exclusão imediata desta mensagem e de seus anexos. O titular dos dados pode exercer seus direitos de acesso, correção e eliminação pelo e-mail dpo@limaprototipos.example.""",
    attachments=[Att("caixa_sensor_v3.stl", "model/stl",
                     b"solid caixa_sensor_v3\n  facet normal 0 0 1\n    outer loop\n      vertex 0 0 25\n      vertex 80 0 25\n      vertex 80 40 25\n    endloop\n  endfacet\nendsolid caixa_sensor_v3\n")],
    label=neg("Quote request; the LGPD confidentiality footer mentions rights and deletion."),
))

# ----------------------------------------------------------------------------- out-of-office

add(Mail(
    "en-automated-ooo-exchange.eml",
    frm=addr("Brian Kowalski", "bkowalski@hillcountryrobotics.example"),
    subject="Automatic reply: Your 3DPros quote Q-1150",
    date="2026-09-16 11:02:14 -0500",
    client="outlook",
    in_reply_to="<quote-Q-1150.1758038400@3dpros.com>",
    extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"),
           ("X-MS-Exchange-Inbox-Rules-Loop", "bkowalski@hillcountryrobotics.example")],
    text="""\
Thank you for your email. I am out of the office until Monday, September 21 with limited access to email. For urgent purchasing questions please contact ap@hillcountryrobotics.example.

Brian""",
    label=auto("auto_reply", "Exchange out-of-office with Auto-Submitted."),
))

add(Mail(
    "de-automated-abwesenheit-datenschutz.eml",
    frm=addr("Datenschutz | Filamentwerk Sachsen", "datenschutz@filamentwerk-sachsen.example"),
    subject="Abwesenheitsnotiz: Ihre Anfrage",
    date="2026-10-05 07:30:02 +0200",
    client="outlook",
    content_language="de-DE",
    text="""\
Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 16.10.2026 nicht im Büro. Ihre E-Mail wird nicht weitergeleitet.

Auskunftsersuchen, Löschanträge und andere Anfragen zum Datenschutz nach der DSGVO richten Sie bitte in dringenden Fällen an datenschutz-vertretung@filamentwerk-sachsen.example.

Mit freundlichen Grüßen
Petra Lindner
Datenschutzbeauftragte""",
    label=auto("auto_reply", "German OOO from a DPO, full of request words, and WITHOUT Auto-Submitted or other auto headers: only the subject and wording show it is automatic."),
))

add(Mail(
    "fr-automated-reponse-automatique.eml",
    frm=addr("Claire Dubois", "claire.dubois@atelier-moreau.example"),
    subject=subj("Réponse automatique : Facture 3DP-F-0412", "iso-8859-1"),
    date="2026-10-09 08:00:55 +0200",
    client="thunderbird",
    domain="atelier-moreau.example",
    charset="iso-8859-1",
    cte="8bit",
    content_language="fr-FR",
    text="""\
Bonjour,

Je suis absente du bureau jusqu'au 19 octobre inclus. Pour toute question urgente, merci de contacter compta@atelier-moreau.example.

Cordialement,
Claire Dubois""",
    label=auto("auto_reply", "French OOO without any auto-reply header."),
))

add(Mail(
    "es-automated-respuesta-automatica.eml",
    frm=addr("Marta Gil", "marta.gil@example.es"),
    subject=subj("Respuesta automática: Pedido 3DP-2288", "utf-8", "Q"),
    date="2026-09-09 09:15:30 +0200",
    client="gmail",
    extra=[("Auto-Submitted", "auto-replied")],
    text="""\
Hola, estoy de vacaciones hasta el 14 de septiembre y no tengo acceso al correo. Responderé a tu mensaje a mi vuelta.

Marta""",
    label=auto("auto_reply", "Gmail vacation responder in Spanish."),
))

add(Mail(
    "it-automated-risposta-automatica.eml",
    frm=addr("Ufficio Acquisti - Stampa3D Veneto", "acquisti@stampa3dveneto.example"),
    subject="Risposta automatica: offerta stampa 3D",
    date="2026-11-02 12:01:40 +0100",
    client="bulk",
    domain="stampa3dveneto.example",
    extra=[("X-Autoreply", "yes"), ("Precedence", "auto_reply")],
    text="""\
Gentile cliente,

l'ufficio acquisti è chiuso per il ponte di Ognissanti fino al 3 novembre. Risponderemo al più presto.

Cordiali saluti
Stampa3D Veneto S.r.l.""",
    label=auto("auto_reply", "Italian OOO with X-Autoreply/Precedence but no Auto-Submitted."),
))

add(Mail(
    "nl-automated-afwezigheidsbericht.eml",
    frm=addr("Femke Visser", "femke@visser-interieur.example"),
    subject="Automatisch antwoord: Re: Offerte Q-1187",
    date="2026-11-03 09:00:12 +0100",
    client="outlook",
    content_language="nl-NL",
    extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    text="""\
Beste afzender,

Ik ben tot en met 9 november afwezig en lees mijn e-mail niet. Voor dringende zaken kunt u bellen met 020 555 0199.

Met vriendelijke groet,
Femke Visser""",
    label=auto("auto_reply", "Dutch OOO with Auto-Submitted."),
))

add(Mail(
    "pt-automated-resposta-automatica.eml",
    frm=addr("Fernanda Lima - Lima Protótipos", "fernanda@limaprototipos.example"),
    subject=subj("Resposta automática: Re: Orçamento - 50 peças em nylon", "iso-8859-1"),
    date="2026-10-28 08:30:00 -0300",
    client="bulk",
    domain="limaprototipos.example",
    charset="iso-8859-1",
    cte="quoted-printable",
    extra=[("X-Autorespond", "Resposta automatica")],
    text="""\
Olá,

Estou fora do escritório até 04/11 em visita a fornecedores. Para assuntos urgentes de compras, escreva para compras@limaprototipos.example.

Fernanda Lima""",
    text_only=True,
    label=auto("auto_reply", "Portuguese OOO with only an X-Autorespond header (cPanel-style)."),
))

# ----------------------------------------------------------------------------- bounces

add(Mail(
    "en-automated-bounce-exim-plain.eml",
    frm=addr("Mail Delivery System", "Mailer-Daemon@mx1.example.net"),
    to=COMPANY,
    subject="Mail delivery failed: returning message to sender",
    date="2026-09-18 16:20:03 +0000",
    client="plain",
    domain="mx1.example.net",
    return_path="<>",
    extra=[("Auto-Submitted", "auto-replied")],
    text="""\
This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  jsmiht@example.net
    host mx1.example.net [203.0.113.25]
    SMTP error from remote mail server after RCPT TO:<jsmiht@example.net>:
    550 5.1.1 <jsmiht@example.net>: Recipient address rejected: User unknown

------ This is a copy of the message, including all the headers. ------

Return-path: <3dprosteam@gmail.com>
From: 3DPros Team <3dprosteam@gmail.com>
Date: Fri, 18 Sep 2026 11:19:58 -0500
Message-ID: <CAJx3dP_ship-2309@mail.gmail.com>
Subject: Your 3DPros order #3DP-2309 has shipped
To: jsmiht@example.net

Hi John,

Good news - your order #3DP-2309 shipped today with USPS. If you want us
to delete or correct anything on the order, just reply to this email.

The 3DPros team
""",
    label=auto("bounce", "Exim plain-text bounce (no multipart/report) of a shipping notice to a mistyped address; the returned copy contains 'delete or correct'."),
))

add(Mail(
    "en-automated-bounce-o365-dsn.eml",
    frm=addr(None, "postmaster@cpisd.example"),
    subject="Undeliverable: Maker Monday #36 - spooky season prints",
    date="2026-10-19 14:05:22 +0000",
    client="outlook",
    return_path="<>",
    extra=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", "")],
    raw_body=b"""\
Content-Type: multipart/report; report-type=delivery-status;
	boundary="b3a8f6e2-5d41-4b7c-9f0e-2a1c8d7e6f50"

--b3a8f6e2-5d41-4b7c-9f0e-2a1c8d7e6f50
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: quoted-printable

Your message to r.alvarez@cpisd.example couldn't be delivered.

r.alvarez wasn't found at cpisd.example.

Action Required: Unknown To address

How to Fix It
The address may be misspelled or may not exist. Try one or more of the foll=
owing:
  * Send the message again following these steps: ...
  * Contact the recipient (by phone, for example) to check that the addre=
ss exists and is correct.

--b3a8f6e2-5d41-4b7c-9f0e-2a1c8d7e6f50
Content-Type: message/delivery-status

Reporting-MTA: dns;SA1PR14MB7342.namprd14.prod.outlook.com
Received-From-MTA: dns;mail-sor-f41.google.com
Arrival-Date: Mon, 19 Oct 2026 14:05:20 +0000

Final-Recipient: rfc822;r.alvarez@cpisd.example
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup

--b3a8f6e2-5d41-4b7c-9f0e-2a1c8d7e6f50
Content-Type: text/rfc822-headers

From: 3DPros <3dprosteam@gmail.com>
To: r.alvarez@cpisd.example
Subject: Maker Monday #36 - spooky season prints
Date: Mon, 19 Oct 2026 09:05:00 -0500
Message-ID: <CAJx3dP_makermonday36-ralvarez@mail.gmail.com>

--b3a8f6e2-5d41-4b7c-9f0e-2a1c8d7e6f50--
""",
    label=auto("bounce", "Office 365 NDR (multipart/report, text/rfc822-headers) for our newsletter."),
))

add(Mail(
    "en-automated-delayed-dsn.eml",
    frm=addr("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"),
    subject="Delivery Status Notification (Delay)",
    date="2026-11-17 22:40:11 -0800",
    client="gmail",
    return_path="<>",
    raw_body=b"""\
Content-Type: multipart/report; report-type=delivery-status;
	boundary="0000000000001c2f5e0641f0b3a1"

--0000000000001c2f5e0641f0b3a1
Content-Type: text/plain; charset="UTF-8"

** Delivery incomplete **

There was a temporary problem delivering your message to orders@oldmill-hobbies.example. Gmail will retry for 45 more hours. You'll be notified if the delivery fails permanently.

The response from the remote server was:
421 4.7.0 Try again later, closing connection.

--0000000000001c2f5e0641f0b3a1
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Arrival-Date: Tue, 17 Nov 2026 19:38:02 -0800 (PST)

Final-Recipient: rfc822; orders@oldmill-hobbies.example
Action: delayed
Status: 4.7.0
Diagnostic-Code: smtp; 421 4.7.0 Try again later, closing connection.
Will-Retry-Until: Thu, 19 Nov 2026 19:38:02 -0800 (PST)

--0000000000001c2f5e0641f0b3a1
Content-Type: text/rfc822-headers

From: 3DPros Team <3dprosteam@gmail.com>
Date: Tue, 17 Nov 2026 21:37:55 -0600
Message-ID: <CAJx3dP_wholesale-oldmill@mail.gmail.com>
Subject: Wholesale pricing for 2027
To: orders@oldmill-hobbies.example

--0000000000001c2f5e0641f0b3a1--
""",
    label=auto("bounce", "Gmail delay DSN (Action: delayed), no Auto-Submitted header."),
))

# ----------------------------------------------------------------------------- lists and newsletters

add(Mail(
    "en-automated-list-makers-forum-gdpr-thread.eml",
    frm=addr("Gene Pataki", "gene.pataki@example.org"),
    to=addr(None, "atx-makers@lists.example.org"),
    subject="Re: [atx-makers] forum accounts + GDPR deletion requests?",
    date="2026-10-04 20:15 -0500",
    client="thunderbird",
    domain="example.org",
    in_reply_to="<3c1f8e1a-77b2-4a1e-9d55-0b1c6a2f4e10@example.net>",
    extra=[("List-Id", "Austin area makers <atx-makers.lists.example.org>"),
           ("List-Post", "<mailto:atx-makers@lists.example.org>"),
           ("List-Unsubscribe", "<https://lists.example.org/mailman/options/atx-makers>, <mailto:atx-makers-request@lists.example.org?subject=unsubscribe>"),
           ("List-Archive", "<https://lists.example.org/pipermail/atx-makers/>"),
           ("Precedence", "list"), ("Sender", "\"atx-makers\" <atx-makers-bounces@lists.example.org>"),
           ("Errors-To", "atx-makers-bounces@lists.example.org")],
    text="""\
On 10/4/26 5:52 PM, Lena wrote:
> Someone on the forum asked us to delete their account and all their
> posts "under GDPR". Do we even have to, as a US hobby club?

Probably not GDPR as such, but just do it - it's the decent thing. In
the old phpBB admin there's a "delete user and posts" option. Also
maybe ask the 3DPros folks how they handle it, they get EU orders.

Gene

_______________________________________________
atx-makers mailing list
atx-makers@lists.example.org
https://lists.example.org/mailman/listinfo/atx-makers""",
    label=auto("list", "Mailman list discussion quoting a deletion request made to someone else."),
))

add(Mail(
    "en-automated-github-notification.eml",
    frm=addr("Jordan Ellis", "notifications@github.example"),
    to=addr("3dpros/slicer-profiles", "slicer-profiles@noreply.github.example"),
    subject="[3dpros/slicer-profiles] Please delete the old PLA 0.2mm legacy profile (Issue #14)",
    date="2026-11-06 16:31:08 -0800",
    client="bulk",
    domain="github.example",
    msgid="<3dpros/slicer-profiles/issues/14@github.example>",
    cc="Subscribed <subscribed@noreply.github.example>",
    extra=[("List-ID", "3dpros/slicer-profiles <slicer-profiles.3dpros.github.example>"),
           ("List-Archive", "https://github.example/3dpros/slicer-profiles"),
           ("List-Unsubscribe", "<mailto:unsub+AAB3X5@reply.github.example>, <https://github.example/notifications/unsubscribe-one-click/AAB3X5>"),
           ("X-GitHub-Sender", "jellis-prints"), ("X-GitHub-Recipient", "3dpros-bot"),
           ("X-GitHub-Reason", "subscribed"), ("Precedence", "list")],
    text="""\
The PLA_0.2mm_legacy profile is broken on firmware 2.3 and confuses people. Can we delete it? I can open a PR that removes it and updates the README so nobody can access the old settings by accident.

--
Reply to this email directly, view it on GitHub:
https://github.example/3dpros/slicer-profiles/issues/14
You are receiving this because you are subscribed to this thread.""",
    label=auto("list", "GitHub issue notification (List-ID); 'delete' and 'access' are about a slicer profile."),
))

add(Mail(
    "en-automated-filament-supplier-newsletter.eml",
    frm=addr("Polymaker Pro Club", "news@mail.polyclub.example"),
    subject="🎃 Spooky-season sale: 25% off silk PLA + new Matte ASA colors",
    date="2026-10-08 14:00:00 +0000",
    client="bulk",
    domain="mail.polyclub.example",
    html_only=True,
    cte="quoted-printable",
    extra=unsub("https://mail.polyclub.example/u/1?e=3dprosteam%40gmail.com", "unsub-3dpros@mail.polyclub.example") + BULK
          + [("X-Campaign-ID", "oct26-spooky")],
    html="""\
<!DOCTYPE html><html><head><meta charset="utf-8"></head>
<body style="margin:0;background:#111;color:#eee;font-family:Helvetica,Arial">
<table width="600" align="center" cellpadding="20"><tr><td>
<h1 style="color:#ff7a00">Spooky-season sale</h1>
<p>25% off every silk PLA spool through October 31. Plus: six new Matte ASA colors for outdoor prints.</p>
<p><a href="https://polyclub.example/sale?utm_source=newsletter" style="background:#ff7a00;color:#111;padding:10px 18px;text-decoration:none">Shop the sale</a></p>
<hr>
<p style="font-size:11px;color:#999">You are receiving this email because you signed up at polyclub.example.
<a href="https://mail.polyclub.example/u/1?e=3dprosteam%40gmail.com">Unsubscribe</a> &middot;
<a href="https://mail.polyclub.example/prefs">Manage preferences</a> &middot;
<a href="https://polyclub.example/privacy">Privacy policy</a><br>
Polyclub Materials Inc., 400 Industrial Way, Reno NV 89502</p>
</td></tr></table></body></html>
""",
    label=auto("list", "Supplier newsletter, HTML-only with emoji subject, unsubscribe footer and List-Unsubscribe."),
))

add(Mail(
    "en-automated-lawyer-privacy-newsletter.eml",
    frm=addr("Barrett & Quince LLP - Privacy Briefing", "briefing@barrettquince.example"),
    subject="Privacy Briefing: Texas AG's first TDPSA actions, CCPA regs on risk assessments, and handling DSARs",
    date="2026-10-22 13:30:00 +0000",
    client="bulk",
    domain="barrettquince.example",
    html="""\
<html><body style="font-family:Georgia,serif;font-size:15px;max-width:640px">
<h2>Privacy Briefing &mdash; October 2026</h2>
<h3>1. Texas AG brings first enforcement actions under the TDPSA</h3>
<p>The Attorney General's office announced settlements with two retailers that failed to respond to consumer requests to access and delete personal data within 45 days and did not provide an appeal process.</p>
<h3>2. Practical tips: handling data subject access requests</h3>
<p>Verify identity proportionately; never require an account to submit a request; log every request and response; remember that a request to "unsubscribe" is an opt-out of marketing, and a Global Privacy Control signal is a valid opt-out of sale/sharing in California, Colorado and Connecticut.</p>
<h3>3. CPPA finalizes risk-assessment regulations</h3>
<p>Businesses meeting the thresholds must complete assessments for processing that presents significant risk.</p>
<p style="font-size:12px;color:#777">This briefing is for general information and is not legal advice. You received it because you registered for our small-business webinar.
<a href="https://barrettquince.example/unsubscribe?c=3dpros">Unsubscribe</a> | <a href="https://barrettquince.example/privacy">Privacy Notice</a><br>
Barrett &amp; Quince LLP, 111 Congress Ave, Austin, TX 78701. Attorney advertising.</p>
</body></html>
""",
    text="""\
Privacy Briefing - October 2026

1. Texas AG brings first enforcement actions under the TDPSA
The Attorney General's office announced settlements with two retailers that failed to respond to consumer requests to access and delete personal data within 45 days and did not provide an appeal process.

2. Practical tips: handling data subject access requests
Verify identity proportionately; never require an account to submit a request; log every request and response; remember that a request to "unsubscribe" is an opt-out of marketing, and a Global Privacy Control signal is a valid opt-out of sale/sharing in California, Colorado and Connecticut.

3. CPPA finalizes risk-assessment regulations
Businesses meeting the thresholds must complete assessments for processing that presents significant risk.

This briefing is for general information and is not legal advice. You received it because you registered for our small-business webinar.
Unsubscribe: https://barrettquince.example/unsubscribe?c=3dpros
Barrett & Quince LLP, 111 Congress Ave, Austin, TX 78701. Attorney advertising.""",
    extra=unsub("https://barrettquince.example/unsubscribe?c=3dpros") + BULK,
    label=auto("list", "Law-firm newsletter dense with request vocabulary (access, delete, unsubscribe, GPC, opt-out)."),
))

add(Mail(
    "en-automated-chamber-newsletter.eml",
    frm=addr("Pflugerville Chamber of Commerce", "info@pflugervillechamber.example"),
    subject="This Week in Pflugerville: Deutschen Pfest vendor signup, small biz privacy workshop",
    date="2026-09-14 12:00:00 +0000",
    client="bulk",
    domain="pflugervillechamber.example",
    html_only=True,
    extra=unsub("https://pflugervillechamber.example/list/unsubscribe?m=3dprosteam") + BULK
          + [("List-Id", "Chamber Members <members.pflugervillechamber.example>")],
    html="""\
<html><body style="font-family:Arial;font-size:14px">
<h2>This Week in Pflugerville</h2>
<ul>
<li><b>Deutschen Pfest 2027</b> vendor booth signup is open for members.</li>
<li><b>Free workshop:</b> "What the Texas privacy law means for your small business" &mdash; Sept 24, 8:30am, Chamber office. Learn how to respond when customers ask to see or delete their data.</li>
<li>Ribbon cutting: Old Mill Hobbies, Sept 18.</li>
</ul>
<p style="font-size:11px;color:#888">You are receiving this as a Chamber member. <a href="https://pflugervillechamber.example/list/unsubscribe?m=3dprosteam">Unsubscribe</a></p>
</body></html>
""",
    label=auto("list", "Local chamber newsletter."),
))

add(Mail(
    "de-automated-newsletter-3d-druck-magazin.eml",
    frm=addr("3D-Druck Praxis Magazin", "newsletter@3ddruck-praxis.example"),
    subject=subj("Newsletter 41/2026: Harzdrucker im Test, DSGVO-Pflichten für Online-Shops", "utf-8", "Q"),
    date="2026-10-09 06:00:00 +0200",
    client="bulk",
    domain="3ddruck-praxis.example",
    extra=unsub("https://3ddruck-praxis.example/newsletter/abmelden?id=88213") + BULK
          + [("List-Id", "<newsletter.3ddruck-praxis.example>")],
    text="""\
3D-Druck Praxis – Newsletter 41/2026

IM TEST: Vier Harzdrucker unter 600 Euro
Wir haben die aktuellen MSLA-Drucker eine Woche lang im Dauerbetrieb getestet.

RECHT: Diese DSGVO-Pflichten haben kleine Online-Shops
Auskunft, Löschung, Widerspruch gegen Werbung: Wie Sie Anfragen von Kunden fristgerecht beantworten und welche Mustertexte helfen.

TIPP DER WOCHE: Stützstrukturen sauber entfernen

----
Sie erhalten diesen Newsletter, weil Sie sich auf 3ddruck-praxis.example angemeldet haben.
Abmelden: https://3ddruck-praxis.example/newsletter/abmelden?id=88213
Impressum: Praxis Medien GmbH, Hamburg""",
    label=auto("list", "German trade newsletter with a GDPR article teaser."),
))

add(Mail(
    "en-automated-trade-association-survey.eml",
    frm=addr("Additive Manufacturing Small Business Alliance", "survey@amsba.example"),
    subject="[AMSBA] 2026 member survey - 5 minutes, closes Nov 20",
    date="2026-11-09 15:00:00 +0000",
    client="bulk",
    domain="amsba.example",
    extra=unsub("https://amsba.example/email/unsubscribe?u=3dpros") + BULK
          + [("List-Id", "AMSBA members <members.amsba.example>")],
    text="""\
Dear member,

Help us understand how small AM shops are doing in 2026. The survey takes about 5 minutes and covers equipment, materials, hiring, and compliance (sales tax, privacy requests, export control).

Take the survey: https://amsba.example/survey2026

Responses are anonymous. To stop receiving member emails, unsubscribe here: https://amsba.example/email/unsubscribe?u=3dpros

AMSBA""",
    label=auto("list", "Association survey mailing."),
))

add(Mail(
    "en-automated-shopify-editions-newsletter.eml",
    frm=addr("Shopify", "hello@marketing.shopifyemail.example"),
    subject="New in Shopify: consent banners that respect Global Privacy Control",
    date="2026-11-18 17:00:00 +0000",
    client="bulk",
    domain="marketing.shopifyemail.example",
    html_only=True,
    cte="base64",
    extra=unsub("https://marketing.shopifyemail.example/unsub?x=3dpros", "unsubscribe@marketing.shopifyemail.example") + BULK,
    html="""\
<html><body style="font-family:-apple-system,Helvetica,Arial;font-size:15px">
<h1>Privacy, built in.</h1>
<p>The new Customer Privacy API honors Global Privacy Control and &ldquo;Do Not Sell or Share&rdquo; choices automatically, and the customer data request inbox lets you answer access and deletion requests without leaving your admin.</p>
<p><a href="https://shopify.example/editions/winter2027">See what's new</a></p>
<p style="font-size:11px;color:#777">You're receiving this because you have a Shopify store. <a href="https://marketing.shopifyemail.example/unsub?x=3dpros">Unsubscribe</a> from marketing emails.<br>Shopify, 151 O'Connor Street, Ottawa, ON K2P 2L8, Canada</p>
</body></html>
""",
    label=auto("list", "Platform marketing newsletter about privacy features (Do Not Sell, access, deletion)."),
))
