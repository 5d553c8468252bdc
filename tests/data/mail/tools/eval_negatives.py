"""Ordinary business mail, hard negatives and automated mail (auto-replies, bounces, lists)."""

from __future__ import annotations

from mailkit import REGISTRY, Mail, Part, dedent, fmt_addr, neg, outlook_quote, pdf, quote, rfc822, stl

# ================================================================== customers, orders, support

Mail("en-negative-customer-order-request.eml",
     frm="Brian Matthews <brian.matthews@example.com>", subject="Order for 4 brackets",
     date="2026-11-02 10:22 -0600", client="gmail", attachments=[stl("shelf_bracket_v3.stl")],
     text=dedent("""
        Hi,

        I'd like to order 4 copies of the attached shelf bracket in PETG, black, 40% infill. Can you do them
        by next Friday? I can pick up in Pflugerville.

        Thanks,
        Brian
        """),
     label=neg("en", "customer order with STL attachment"))

Mail("en-negative-shop-new-order-notification.eml",
     frm="3DPros Shop <no-reply@3dpros.com>", subject="[3DPros] New order #10517",
     date="2026-11-18 13:40 -0600", client="form",
     text=dedent("""
        You have received a new order from Kim Alvarado.

        Order #10517 (November 18, 2026)

        Product                          Quantity   Price
        Phone stand - walnut PLA         1          $18.00
        Custom nameplate (text: "KIM")   2          $24.00
        Subtotal:                                   $42.00
        Shipping:                                   Local pickup
        Payment method:                             Credit card (Stripe)
        Total:                                      $42.00

        Billing address
        Kim Alvarado
        1809 Grand Ave Pkwy
        Pflugerville, TX 78660
        kim.alvarado@example.net
        (512) 555-0199

        Congratulations on the sale.
        """),
     label=neg("en", "shop order notification listing customer personal data; form-like lines but not a privacy form"))

Mail("en-negative-supplier-invoice.eml",
     frm="Billing - FilaStock Supply <billing@filastock.example>", subject="Invoice INV-88213 from FilaStock Supply",
     date="2026-11-03 06:00 -0500", client="outlook", auto_html=True,
     attachments=[pdf("INV-88213.pdf")],
     text=dedent("""
        Dear 3DPros LLC,

        Please find attached invoice INV-88213 for your order PO-2026-114.

          20 x PETG 1.75mm 1kg Jet Black        $379.80
          10 x PLA+ 1.75mm 1kg Sand             $189.50
          Freight                                $42.00
          Total due (Net 30)                    $611.30

        Payment is due by December 3, 2026. Thank you for your business!

        FilaStock Supply - Accounts Receivable
        """),
     label=neg("en", "supplier invoice with PDF"))

Mail("en-negative-shipping-notice-ups.eml",
     frm="UPS Quantum View <pkginfo@ups.example>", subject="UPS Update: Package Scheduled for Delivery Today",
     date="2026-11-05 07:31 -0500", client="form",
     html=dedent("""
        <html><body><table width="600"><tr><td>
        <h1>Your package is scheduled for delivery today</h1>
        <p>Shipper: FILASTOCK SUPPLY<br>Tracking Number: 1Z999AA10123456784<br>Ship To: 3DPROS LLC, PFLUGERVILLE, TX, US</p>
        <p><a href="https://ups.example/track?num=1Z999AA10123456784">Track Package</a></p>
        <p style="font-size:10px">Do not reply to this e-mail. UPS and FILASTOCK SUPPLY will not receive your reply.
        <a href="https://ups.example/privacy">Privacy Notice</a> | <a href="https://ups.example/unsub">Manage preferences</a></p>
        </td></tr></table></body></html>
        """),
     label=neg("en", "HTML-only carrier notice with 'Privacy Notice' link"))

Mail("en-negative-quote-request.eml",
     frm="Alicia Grant <alicia@grantarchitects.example>", subject="Quote request - architectural model",
     date="2026-11-06 14:12 -0600", client="outlook", auto_html=True,
     text=dedent("""
        Hello 3DPros,

        We are looking for a quote on a 1:200 site model (approx. 40 x 30 cm), white resin or PLA, with
        removable roof. The model files are ready in STL and OBJ. Could you give us a price and lead time? We
        need it for a client presentation on December 1.

        Best regards,
        Alicia Grant
        Grant Architects, Austin TX
        """),
     label=neg("en", "3D printing job quote request"))

Mail("en-negative-support-delete-my-order.eml",
     frm="Tom Reilly <tom.reilly@example.net>", subject="please delete my order",
     date="2026-11-07 21:15 -0600", client="gmail",
     text="Hi, please delete my order #10498, I picked the wrong color (wanted blue not black). I'll place a new one. Thanks, Tom\n",
     label=neg("en", "HARD: 'delete my order' is order support, not data deletion"))

Mail("en-negative-support-cancel-order.eml",
     frm="Jasmine Patel <jasmine.patel@example.org>", subject="Cancel order 10502",
     date="2026-11-08 08:41 -0600", client="apple",
     text="Hello, could you cancel order 10502 and refund me? I found the part locally. Sorry for the hassle!\n\nJasmine\n",
     label=neg("en", "order cancellation"))

Mail("en-negative-support-remove-item-cart.eml",
     frm="Dylan Fox <dylan.fox@example.com>", subject="website cart problem",
     date="2026-11-09 23:02 -0600", client="gmail",
     text=dedent("""
        hey, your site won't let me remove the item from my cart (the hex organizer). every time I click the
        trash icon it comes back. can you remove it on your end? I only want the cable clips.
        """),
     label=neg("en", "HARD: 'remove the item from my cart'"))

Mail("en-negative-support-correct-shipping-address.eml",
     frm="Nora Becker <nora.becker@example.net>", subject="Wrong shipping address on order #10510",
     date="2026-11-12 09:05 -0600", client="outlook",
     text=dedent("""
        Hi,

        I just noticed I typed the wrong house number. Can you correct the shipping address on order #10510
        to 2214 Kelly Lane (not 2241) before it ships?

        Thanks!
        Nora
        """),
     label=neg("en", "HARD: 'correct the shipping address on order' is order support"))

Mail("en-negative-support-update-delivery-address.eml",
     frm="Sean Doyle <sean.doyle@example.com>", subject="new address",
     date="2026-11-13 17:50 -0600", client="yahoo",
     text="Hi, I moved last week - please update my delivery address for the standing monthly order to 500 W 2nd St Apt 14, Austin TX 78701. Thanks, Sean\n",
     label=neg("en", "HARD: 'please update my delivery address' for a recurring order"))

Mail("en-negative-password-reset.eml",
     frm="3DPros <no-reply@3dpros.com>", to="Olivia Grant <olivia.grant@example.com>",
     subject="Password reset request for 3DPros", date="2026-11-10 16:00 -0600", client="form",
     text=dedent("""
        Someone has requested a password reset for the following account:

        Site Name: 3DPros
        Username: ogrant

        If this was a mistake, ignore this email and nothing will happen.

        To reset your password, visit the following address:
        https://www.3dpros.com/wp-login.php?action=rp&key=Xk29aLq0&login=ogrant
        """),
     label=neg("en", "WordPress password reset copy; 'request' + Field: lines but automated account mail"))

Mail("en-negative-access-stl-files.eml",
     frm="Grant Holloway <grant.h@example.net>", subject="Can't access the STL files",
     date="2026-11-14 11:30 -0600", client="gmail",
     text=dedent("""
        Hi, the Google Drive link with the STL files you sent for my drone frame says I need to request
        access. Can you share it with this address or just attach the files? Thanks.

        Grant
        """),
     label=neg("en", "HARD: 'access' to files, not a right-of-access request"))

Mail("en-negative-question-do-you-sell-data.eml",
     frm="Paula Nguyen <paula.nguyen@example.com>", subject="question before I order",
     date="2026-11-15 10:10 -0600", client="gmail",
     text=dedent("""
        Hi! Before I create an account - do you sell customer data to anyone? Your privacy page has a section
        about sharing with third parties and I couldn't tell. Also, do you keep my card number?

        Thanks,
        Paula
        """),
     label=neg("en", "HARD: a question about the privacy notice, not a request to exercise a right"))

Mail("en-negative-question-privacy-notice-location.eml",
     frm="Marcus Hill <mhill@example.org>", subject="privacy notice wording",
     date="2026-10-20 15:00 -0500", client="thunderbird",
     text=dedent("""
        Hello,

        I'm a student writing a report on small business privacy notices and I'm looking at yours. It says
        you may collect location data "either precise or imprecise". In practice, do you use GPS data at all,
        or just IP-based region? Happy to cite your answer anonymously.

        Marcus Hill
        UT Austin
        """),
     label=neg("en", "HARD: research question about the notice; no right exercised"))

Mail("en-negative-job-application.eml",
     frm="Kendra Wallace <kendra.wallace@example.com>", subject="Application - 3D Print Technician",
     date="2026-11-16 08:00 -0600", client="gmail", attachments=[pdf("Kendra_Wallace_Resume.pdf")],
     text=dedent("""
        Dear Hiring Manager,

        I saw your post for a part-time print technician. I have two years of experience running a Prusa
        farm at a makerspace and I'm comfortable with Fusion 360 and basic printer maintenance. My resume is
        attached.

        Best,
        Kendra Wallace
        """),
     label=neg("en", "job application with resume"))

Mail("en-negative-recruiter-spam.eml",
     frm="Ravi from TalentBridge <ravi@talentbridge-staffing.example>", subject="Quick question about hiring at 3DPros",
     date="2026-11-17 09:12 -0500", client="form",
     text=dedent("""
        Hi there,

        I noticed 3DPros is growing! We help small manufacturers hire vetted CAD designers and print techs in
        under 14 days, no upfront fee. Open to a 15-min call this week?

        Ravi Kumar | TalentBridge Staffing
        If you'd rather not hear from me, just reply "no thanks".
        """),
     label=neg("en", "recruiter cold email"))

Mail("en-negative-phishing-mailbox-quota.eml",
     frm=fmt_addr("Gmail Support Team", "support@g00gle-mail-verify.example"), subject="Action Required: Your mailbox will be deleted",
     date="2026-11-18 02:44 +0000", client="form",
     html=dedent("""
        <html><body><p>Dear 3dprosteam,</p>
        <p>Your mailbox storage is full and your account will be <b>deleted within 24 hours</b> under our data
        retention policy. To keep your data, verify your account now:</p>
        <p><a href="http://g00gle-mail-verify.example/verify">VERIFY ACCOUNT</a></p>
        <p>Google Privacy Team</p></body></html>
        """),
     label=neg("en", "phishing with 'deleted'/'data' wording"))

Mail("en-negative-spam-seo.eml",
     frm="Jessica <jessica.seo@rankboost.example>", subject="3dpros.com ranking on page 3",
     date="2026-10-10 04:20 +0000", client="mutt",
     text="Hello 3dpros.com team, your website is not ranking for \"3d printing austin\". We can get you to page 1 in 30 days. Reply for a free audit.\n",
     label=neg("en", "SEO spam"))

Mail("en-negative-lawyer-ccpa-marketing.eml",
     frm="Carter & Wells LLP <events@carterwells.example>",
     subject="Is your business ready for CCPA audits? Free 30-minute review", date="2026-11-04 10:00 -0500",
     client="outlook", auto_html=True,
     text=dedent("""
        Dear Business Owner,

        The California Privacy Protection Agency is stepping up enforcement. Businesses that receive
        "Do Not Sell" requests, requests to delete or requests to know must respond within strict deadlines
        - and many don't. Our privacy team offers a free 30-minute CCPA readiness review.

        Book your slot: https://carterwells.example/ccpa-review

        Carter & Wells LLP - Attorney Advertising
        To opt out of future emails, reply STOP.
        """),
     label=neg("en", "HARD: law-firm marketing full of CCPA request vocabulary"))

Mail("en-negative-vendor-dpa-update.eml",
     frm="ShopForge Legal <legal-notices@shopforge.example>", subject="Important: updates to our Data Processing Addendum",
     date="2026-11-01 12:00 +0000", client="form",
     headers=[("List-Unsubscribe", "<mailto:unsubscribe@shopforge.example?subject=unsubscribe>")],
     text=dedent("""
        Hello,

        We are updating the ShopForge Data Processing Addendum (DPA) effective January 1, 2027, to reflect the
        EU-U.S. Data Privacy Framework and new US state privacy laws (including Texas, Colorado and
        Connecticut). No action is required. You can review the new DPA and our sub-processor list in your
        admin under Settings > Legal.

        If you have questions about how we handle data subject requests (access, deletion, portability) for
        your customers, see our Help Center.

        ShopForge Inc.
        """),
     label=neg("en", "HARD: vendor GDPR/DPA compliance notice (List-Unsubscribe only)"))

Mail("en-negative-dev-delete-all-keys.eml",
     frm="Evan Cho <evan@chodev.example>", subject="Stripe migration - delete all keys",
     date="2026-11-05 18:20 -0600", client="gmail",
     text=dedent("""
        Hey,

        The new Stripe account is live on the site. Please log into the old dashboard and delete all API keys
        (restricted + secret) and the webhook endpoint. Also remove my user from the old account once you're
        done - I don't need access anymore.

        Evan
        """),
     label=neg("en", "HARD: developer asks to delete API keys and remove his user from a vendor account"))

Mail("en-negative-calendar-invite.eml",
     frm="Alicia Grant <alicia@grantarchitects.example>", subject="Invitation: Site model review @ Tue Nov 24, 2026 2pm - 2:30pm (CST)",
     date="2026-11-19 10:00 -0600", client="gmail",
     body=Part("multipart/mixed", [
         Part("multipart/alternative", [
             Part("text/plain", dedent("""
                Site model review
                Tuesday Nov 24, 2026 2pm - 2:30pm (Central Time - Chicago)
                Location: Grant Architects, 401 Congress Ave, Austin
                Reviewing the printed prototype before the client presentation.
                Invitation from Google Calendar
                """)),
             Part("text/calendar", dedent("""
                BEGIN:VCALENDAR
                PRODID:-//Google Inc//Google Calendar 70.9054//EN
                VERSION:2.0
                CALSCALE:GREGORIAN
                METHOD:REQUEST
                BEGIN:VEVENT
                DTSTART:20261124T200000Z
                DTEND:20261124T203000Z
                DTSTAMP:20261119T160000Z
                ORGANIZER;CN=Alicia Grant:mailto:alicia@grantarchitects.example
                UID:7kq1r3u0gd0f2m1c0k2@google.com
                ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=3dprosteam@gmail.com:mailto:3dprosteam@gmail.com
                SUMMARY:Site model review
                LOCATION:Grant Architects\\, 401 Congress Ave\\, Austin
                SEQUENCE:0
                STATUS:CONFIRMED
                END:VEVENT
                END:VCALENDAR
                """).replace("\n", "\r\n"), params={"method": "REQUEST"}),
         ]),
         Part("application/ics", b"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", cte="base64", params={"name": "invite.ics"},
              disposition="attachment", filename="invite.ics"),
     ]),
     label=neg("en", "Google Calendar invitation (text/calendar)"))

Mail("en-negative-customer-product-complaint.eml",
     frm="Harold Jennings <harold.jennings@example.com>", subject="COMPLAINT - parts arrived broken",
     date="2026-11-10 13:33 -0600", client="outlook",
     text=dedent("""
        I want to make a complaint. Two of the six gears in order #10488 arrived snapped and the box was
        crushed. I need replacements before the weekend or a refund. Photos available.

        Harold Jennings
        """),
     label=neg("en", "HARD: complaint about a product, not about data handling"))

Mail("en-negative-etsy-data-download-ready.eml",
     frm="Etsy <transaction@etsy.example>", subject="Your data download is ready",
     date="2026-11-11 07:00 +0000", client="form",
     text=dedent("""
        Hi 3DPros,

        The copy of your shop data you requested is ready to download. This includes your listings, orders
        and messages. The link expires in 7 days.

        Download your data: https://www.etsy.example/your/account/privacy/download

        Etsy Privacy Team
        """),
     label=neg("en", "HARD: a vendor answering OUR data download request"))

Mail("en-negative-vendor-account-deleted-confirmation.eml",
     frm="PrintHub Accounts <accounts@printhub.example>", subject="We've received your request to delete your account",
     date="2026-11-12 22:05 +0000", client="form",
     text=dedent("""
        Hello,

        We've received your request to delete your PrintHub account (3dprosteam@gmail.com). Your account and
        personal data will be permanently deleted in 30 days. If you didn't make this request, sign in to
        cancel it.

        The PrintHub Team
        """),
     label=neg("en", "HARD: a third party confirming the deletion of OUR account"))

Mail("en-negative-b2b-vendor-privacy-questionnaire.eml",
     frm="Procurement - Lakeline Robotics <procurement@lakelinerobotics.example>",
     subject="Vendor onboarding: privacy & security questionnaire", date="2026-11-13 10:45 -0600",
     client="outlook", attachments=[pdf("Vendor_Privacy_Questionnaire_v4.pdf")],
     text=dedent("""
        Hello 3DPros team,

        As part of onboarding you as a supplier of printed fixtures, please complete the attached privacy and
        security questionnaire (GDPR/CCPA section included) and return it with a copy of your privacy policy
        by November 30.

        Thank you,
        Lakeline Robotics Procurement
        """),
     label=neg("en", "HARD: B2B compliance questionnaire"))

Mail("en-negative-supplier-gdpr-dpa-to-sign.eml",
     frm="Lena Fischer <lena.fischer@extruder-parts.example>", subject="GDPR data processing agreement - please sign",
     date="2026-10-13 09:00 +0200", client="outlook", attachments=[pdf("AVV_DPA_ExtruderParts.pdf")],
     text=dedent("""
        Dear 3DPros team,

        Since we ship to you from Germany and store your contact persons' details, our data protection
        officer asks all customers to sign the attached data processing agreement. Please return a signed
        copy at your convenience.

        Best regards,
        Lena Fischer
        Extruder Parts GmbH, Stuttgart
        """),
     label=neg("en", "HARD: supplier asks us to sign a DPA"))

Mail("en-negative-correct-invoice-vat.eml",
     frm="Ahmed Karim <accounts@karimengineering.example>", subject="Invoice correction needed",
     date="2026-11-16 11:20 -0600", client="outlook",
     text=dedent("""
        Hello,

        Could you please correct the invoice for order #10495? The company name should be "Karim Engineering
        LLC" and our tax ID is missing. Our accounts payable can't process it otherwise.

        Ahmed Karim
        """),
     label=neg("en", "HARD: invoice correction for a business customer"))

Mail("en-negative-stop-print-job.eml",
     frm="Lily Sanders <lily.sanders@example.net>", subject="STOP - don't print yet",
     date="2026-11-17 07:45 -0600", client="apple",
     text="Please stop the print job for my order, I need to change the hole diameter on the model. New file coming tonight. Sorry!\n\nLily\n",
     label=neg("en", "HARD: 'stop' about a print job"))

Mail("en-negative-review-thanks.eml",
     frm="Megan Cole <megan.cole@example.com>", subject="Thank you!!",
     date="2026-11-18 19:00 -0600", client="gmail",
     text="The cookie cutters came out perfect, the kids loved them. Will definitely order again! Feel free to use my review on your site.\n\nMegan\n",
     label=neg("en", "happy customer"))

Mail("en-negative-order-status-question.eml",
     frm="Owen Price <owen.price@example.org>", subject="Re: Your 3DPros order #10519",
     date="2026-11-20 12:30 -0600", client="gmail", irt="<order-10519.1763660000@3dpros.com>",
     text="Hi, any idea when this will ship? The page still says processing. Thanks, Owen\n",
     label=neg("en", "'any update'-style order question (not a privacy follow-up)"))

Mail("en-negative-unsubscribe-group-buy.eml",
     frm="Rita Gomez <rita.gomez@example.net>", subject="take me off the group order",
     date="2026-11-19 14:40 -0600", client="yahoo",
     text="Hi, please take me off the robotics club group order, my son switched clubs. I paid $12 deposit, can that go to the club instead? Rita\n",
     label=neg("en", "HARD: 'take me off' a group order, not a mailing list"))

Mail("en-negative-internal-forward-supplier.eml",
     frm="Rachel Kim <rachel@3dpros.com>", subject="FW: Price increase notice",
     date="2026-11-20 09:00 -0600", client="outlook",
     text=dedent("""
        FYI, they're raising PETG prices again. Let's compare with the other supplier before we reorder.

        ________________________________
        From: FilaStock Supply <sales@filastock.example>
        Sent: Thursday, November 19, 2026 4:12 PM
        To: Rachel Kim <rachel@3dpros.com>
        Subject: Price increase notice

        Effective December 1, PETG spools increase by 6% due to resin costs.
        """),
     label=neg("en", "internal staff forward of supplier mail (contrast to forwarded requests)"))

Mail("en-negative-customer-send-my-files-back.eml",
     frm="Victor Nunez <victor.nunez@example.com>", subject="my files",
     date="2026-11-21 16:10 -0600", client="gmail",
     text=dedent("""
        Hey, my laptop died and I lost the STEP files I sent you for the robot arm job in September. Can you
        send me back the files and the slicer settings you used? Would save me a week of CAD work.

        Victor
        """),
     label=neg("en", "HARD: wants his design files back (business request, not a data-subject request)"))

Mail("en-negative-google-security-alert.eml",
     frm="Google <no-reply@accounts.google.example>", subject="Security alert",
     date="2026-11-22 06:12 +0000", client="form",
     html="<html><body><div style=\"font-family:Roboto\"><h2>A new sign-in on Windows</h2><p>3dprosteam@gmail.com</p>"
          "<p>We noticed a new sign-in to your Google Account on a Windows device. If this was you, you don't need "
          "to do anything. If not, we'll help you secure your account.</p><p><a href=\"https://accounts.google.example/"
          "AccountChooser\">Check activity</a></p><p style=\"font-size:11px\">You received this email to let you know "
          "about important changes to your Google Account and services.</p></div></body></html>\n",
     label=neg("en", "account security alert"))

Mail("en-negative-invoice-overdue-reminder.eml",
     frm="Accounts Receivable <ar@resinworks.example>", subject="Reminder: invoice RW-4410 is 15 days overdue",
     date="2026-11-23 08:00 -0500", client="outlook",
     text="Hello,\n\nOur records show invoice RW-4410 ($284.00) is 15 days past due. Please arrange payment or let us know if there's an issue.\n\nResinWorks AR\n",
     label=neg("en", "overdue invoice reminder"))

Mail("en-negative-gdpr-webinar-invite.eml",
     frm="PrivacyPro Academy <hello@privacypro-academy.example>", subject="Webinar: handling DSARs without a legal team",
     date="2026-11-09 15:00 +0000", client="form", auto_html=True,
     text=dedent("""
        Small business, big obligations?

        Join our free webinar on December 3: how to recognise a data subject access request, deletion
        request or opt-out in your inbox, verify identity, and meet the GDPR one-month and CCPA 45-day
        deadlines.

        Register: https://privacypro-academy.example/webinars/dsar-smb

        You received this because you downloaded our GDPR checklist. Unsubscribe: https://privacypro-academy.example/u
        """),
     label=neg("en", "HARD: webinar marketing quoting request types and deadlines"))

Mail("en-negative-customer-asks-about-account.eml",
     frm="Wendy Lu <wendy.lu@example.com>", subject="Login help",
     date="2026-11-23 20:20 -0600", client="apple",
     text="Hi, I can't log into my account, it says my email isn't registered but I've ordered twice. Did my account get deleted? Can you check? Wendy\n",
     label=neg("en", "HARD: asks whether her account was deleted (support), not asking for deletion"))

Mail("en-negative-reply-quote-thread.eml",
     frm="Alicia Grant <alicia@grantarchitects.example>", subject="RE: Quote request - architectural model",
     date="2026-11-09 16:00 -0600", client="outlook", irt="en-negative-quote-request.eml",
     text="Thanks for the quick quote - $340 works. Please go ahead with white PLA. Invoice to accounts@grantarchitects.example.\n\n"
          "Alicia\n\n" + outlook_quote("en-negative-quote-request.eml"),
     label=neg("en", "reply in a business thread (In-Reply-To a negative)"))

# ================================================================== non-English business

Mail("de-negative-bestellung.eml",
     frm="Klaus Becker <klaus.becker@example.de>", subject="Bestellung Ersatzteile",
     date="2026-11-06 09:00 +0100", client="webde",
     text=dedent("""
        Hallo,

        ich möchte 10 Stück des Kabelhalters aus Ihrem Shop in Schwarz bestellen. Liefern Sie auch nach
        Deutschland, und was kostet der Versand?

        Viele Grüße
        Klaus Becker
        """),
     label=neg("de", "German order inquiry"))

Mail("de-negative-rechnung-lieferant.eml",
     frm="Buchhaltung Extruder Parts GmbH <rechnung@extruder-parts.example>", subject="Rechnung RE-2026-1187",
     date="2026-11-11 08:00 +0100", client="outlook", attachments=[pdf("RE-2026-1187.pdf")],
     text="Sehr geehrte Damen und Herren,\n\nanbei erhalten Sie unsere Rechnung RE-2026-1187 über 14 Düsen (0,4 mm, gehärtet).\n\nMit freundlichen Grüßen\nBuchhaltung\n",
     label=neg("de", "German supplier invoice"))

Mail("de-negative-bestellung-loeschen.eml",
     frm="Sabine Koch <sabine.koch@web.example>", subject="Bestellung bitte löschen",
     date="2026-11-19 20:40 +0100", client="gmail",
     text="Hallo, bitte löschen Sie meine Bestellung Nr. 10530, ich habe aus Versehen zweimal bestellt. Danke! Sabine\n",
     label=neg("de", "HARD: 'Bestellung löschen' = cancel a duplicate order"))

Mail("fr-negative-devis.eml",
     frm="Hugo Petit <hugo.petit@example.fr>", subject="Demande de devis impression 3D",
     date="2026-11-10 10:30 +0100", client="gmail",
     text=dedent("""
        Bonjour,

        Pourriez-vous me faire un devis pour l'impression de 50 porte-clés personnalisés (PLA, 5 cm) avec
        livraison en France ? Le fichier est prêt.

        Merci,
        Hugo
        """),
     label=neg("fr", "French quote request"))

Mail("fr-negative-modifier-adresse-livraison.eml",
     frm="Inès Bernard <ines.bernard@example.fr>", subject="Modifier l'adresse de livraison",
     date="2026-11-15 18:00 +0100", client="apple",
     text="Bonjour, pouvez-vous corriger l'adresse de livraison de ma commande 10526 ? C'est 8 rue Victor Hugo et non 18. Merci ! Inès\n",
     label=neg("fr", "HARD: correct delivery address on an order"))

Mail("es-negative-pedido-direccion.eml",
     frm="Andrés Molina <andres.molina@example.mx>", subject="Cambio de dirección del pedido",
     date="2026-11-12 11:11 -0600", client="gmail",
     text="Hola, por favor corrijan la dirección de envío del pedido #10509, me mudé la semana pasada. La nueva es Av. Reforma 222, CDMX. Gracias\n",
     label=neg("es", "HARD: correct shipping address"))

Mail("es-negative-consulta-precio.eml",
     frm="Lucas Vargas <lucas.vargas@example.es>", subject="Precio de impresión en resina",
     date="2026-11-18 12:00 +0100", client="outlook",
     text="Buenos días,\n\n¿Qué precio tendría imprimir una figura de 15 cm en resina gris? ¿Hacen envíos a España?\n\nSaludos,\nLucas\n",
     label=neg("es", "Spanish price question"))

Mail("it-negative-fattura.eml",
     frm="Amministrazione PLA Italia <amministrazione@plaitalia.example>", subject="Invio fattura n. 2026/0875",
     date="2026-11-05 09:00 +0100", client="outlook", attachments=[pdf("Fattura_2026_0875.pdf")],
     text="Buongiorno,\n\nin allegato la fattura n. 2026/0875 relativa al vostro ordine di filamento.\n\nCordiali saluti\nAmministrazione\n",
     label=neg("it", "Italian supplier invoice"))

Mail("it-negative-annulla-ordine.eml",
     frm="Paolo Ferri <paolo.ferri@example.it>", subject="annullare ordine",
     date="2026-11-16 22:00 +0100", client="gmail",
     text="Ciao, potete annullare e cancellare il mio ordine 10528? Ho sbagliato misura. Grazie, Paolo\n",
     label=neg("it", "HARD: 'cancellare il mio ordine' = cancel order"))

Mail("pt-negative-orcamento.eml",
     frm="Carla Mendes <carla.mendes@example.com.br>", subject="Orçamento para peças",
     date="2026-11-08 14:00 -0300", client="gmail",
     text="Olá, vocês enviam para o Brasil? Preciso de um orçamento para 20 suportes impressos em PETG. Obrigada, Carla\n",
     label=neg("pt", "Portuguese quote request"))

Mail("pt-negative-alterar-morada.eml",
     frm="Rui Santos <rui.santos@example.pt>", subject="Alterar morada de entrega",
     date="2026-11-20 10:00 +0000", client="outlook",
     text="Bom dia, por favor atualizem a morada de entrega da encomenda 10533 para Rua das Flores 45, Porto. Obrigado, Rui\n",
     label=neg("pt", "HARD: update delivery address on an order"))

Mail("nl-negative-bestelling-annuleren.eml",
     frm="Bram de Groot <bram.degroot@example.nl>", subject="Bestelling verwijderen",
     date="2026-11-14 09:30 +0100", client="gmail",
     text="Hallo, kunnen jullie mijn bestelling 10523 verwijderen? Ik heb per ongeluk de verkeerde kleur gekozen. Groet, Bram\n",
     label=neg("nl", "HARD: 'bestelling verwijderen' = delete an order"))

Mail("nl-negative-offerte.eml",
     frm="Anouk Vermeulen <anouk@vermeulendesign.example>", subject="Offerte prototype behuizing",
     date="2026-11-21 13:00 +0100", client="outlook", attachments=[stl("behuizing_v2.stl")],
     text="Goedemiddag,\n\nKunnen jullie een offerte maken voor 3 prototypes van de bijgevoegde behuizing in ABS?\n\nMet vriendelijke groet,\nAnouk Vermeulen\n",
     label=neg("nl", "Dutch quote request with STL"))

# ================================================================== auto-replies

Mail("en-automated-ooo-auto-submitted.eml",
     frm="Lena Fischer <lena.fischer@extruder-parts.example>", subject="Out of Office: Re: GDPR data processing agreement - please sign",
     date="2026-10-13 14:00 +0200", client="outlook",
     headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
     text="Thank you for your message. I am out of the office until October 20 with limited access to email. For urgent matters please contact info@extruder-parts.example.\n\nLena Fischer\n",
     label=neg("en", "auto-reply with Auto-Submitted: auto-replied; subject mentions GDPR", automated="auto_reply"))

Mail("en-automated-autoreply-subject-only.eml",
     frm="Ahmed Karim <accounts@karimengineering.example>", subject="Automatic reply: Invoice correction needed",
     date="2026-11-16 13:05 -0600", client="outlook",
     text="I'm currently out of the office and will return on Monday, November 23. I will respond to your email then.\n",
     label=neg("en", "Outlook auto-reply recognisable only by the 'Automatic reply:' subject", automated="auto_reply"))

Mail("de-automated-abwesenheitsnotiz.eml",
     frm="Klaus Becker <klaus.becker@example.de>", subject="Abwesenheitsnotiz: AW: Bestellung Ersatzteile",
     date="2026-11-07 10:00 +0100", client="webde",
     text="Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 15.11. nicht im Büro und habe keinen Zugriff auf meine E-Mails.\n\nKlaus Becker\n",
     label=neg("de", "German out-of-office recognisable only by subject 'Abwesenheitsnotiz'", automated="auto_reply"))

Mail("fr-automated-reponse-automatique.eml",
     frm="Hugo Petit <hugo.petit@example.fr>", subject="Réponse automatique : Re: Demande de devis impression 3D",
     date="2026-11-11 09:00 +0100", client="outlook", subject_enc="q",
     text="Bonjour, je suis absent jusqu'au 18 novembre. Je vous répondrai dès mon retour.\n\nHugo Petit\n",
     label=neg("fr", "French auto-reply, RFC 2047 encoded 'Réponse automatique' subject only", automated="auto_reply"))

Mail("en-automated-x-autoreply-vacation.eml",
     frm="Owen Price <owen.price@example.org>", subject="Re: Your 3DPros order #10519",
     date="2026-11-21 08:00 -0600", client="mutt",
     headers=[("X-Autoreply", "yes"), ("Precedence", "auto_reply")],
     text="Hi! I'm on vacation until Dec 1 with no internet. I'll reply when I'm back.\n-- Owen\n",
     label=neg("en", "vacation auto-reply marked only by X-Autoreply / Precedence: auto_reply", automated="auto_reply"))

Mail("en-automated-ooo-quotes-deletion-request.eml",
     frm="Olivia Grant <olivia.grant@example.com>",
     subject="Automatic reply: Re: Your 3DPros order #10482 has shipped [{PD:en-request-deletion-reply-to-order-thread.eml}]",
     date="2026-11-16 09:21 -0600", client="outlook", irt="en-outgoing-ack-olivia-deletion.eml",
     headers=[("Auto-Submitted", "auto-replied")],
     text="I'm away until November 30 and checking email intermittently.\n\n" + outlook_quote("en-outgoing-ack-olivia-deletion.eml"),
     label=neg("en", "requester's auto-reply quoting our ack and her deletion request, with token; must not create "
                     "a request or trigger a reply (may attach to her thread)", automated="auto_reply"))

Mail("en-automated-helpdesk-autoresponder.eml",
     frm="ResinWorks Support <support@resinworks.example>", subject="[#48213] We've received your request",
     date="2026-11-23 09:30 -0500", client="form",
     headers=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"), ("X-Autorespond", "yes")],
     text=dedent("""
        Hello,

        Thank you for contacting ResinWorks Support. Your request (#48213) has been received and is being
        reviewed by our team. You can reply to this email to add information to your request.

        ResinWorks Support
        """),
     label=neg("en", "helpdesk autoresponder: 'your request has been received' from a supplier", automated="auto_reply"))

Mail("es-automated-respuesta-automatica.eml",
     frm="Andrés Molina <andres.molina@example.mx>", subject="Respuesta automática: Re: Cambio de dirección del pedido",
     date="2026-11-13 08:00 -0600", client="outlook", headers=[("Auto-Submitted", "auto-replied")],
     text="Gracias por su mensaje. Estaré fuera de la oficina hasta el 20 de noviembre.\n",
     label=neg("es", "Spanish auto-reply", automated="auto_reply"))

Mail("it-automated-risposta-automatica.eml",
     frm="Amministrazione PLA Italia <amministrazione@plaitalia.example>", subject="Risposta automatica: Re: Invio fattura n. 2026/0875",
     date="2026-11-06 10:00 +0100", client="outlook",
     text="L'ufficio amministrazione è chiuso fino al 9 novembre. Risponderemo al più presto.\n",
     label=neg("it", "Italian auto-reply, subject only", automated="auto_reply"))

Mail("nl-automated-automatisch-antwoord.eml",
     frm="Anouk Vermeulen <anouk@vermeulendesign.example>", subject="Automatisch antwoord: Re: Offerte prototype behuizing",
     date="2026-11-22 09:00 +0100", client="outlook", headers=[("Auto-Submitted", "auto-replied")],
     text="Bedankt voor je bericht. Ik ben tot en met 1 december afwezig.\n",
     label=neg("nl", "Dutch auto-reply", automated="auto_reply"))

Mail("pt-automated-resposta-automatica.eml",
     frm="Carla Mendes <carla.mendes@example.com.br>", subject="Resposta automática: Re: Orçamento para peças",
     date="2026-11-09 09:00 -0300", client="gmail", headers=[("Auto-Submitted", "auto-replied")],
     text="Olá! Estou de férias até 20/11 e responderei assim que possível.\n",
     label=neg("pt", "Portuguese vacation responder", automated="auto_reply"))

# ================================================================== bounces

_acked = Mail("_inner-ack-to-cody.eml", frm="3DPros Team <3dprosteam@gmail.com>",
              to="Cody Ramirez <codyr1999@example.net>", subject="Re: acount", date="2026-11-11 09:00 -0600",
              client="gmail", irt="en-request-deletion-typos-mobile.eml", received=False,
              text="Hi Cody, we got your request to delete your account and data. Please reply to confirm.\n\n3DPros Team\n\n"
                   + quote("en-request-deletion-typos-mobile.eml"))

Mail("en-automated-bounce-returned-deletion-ack.eml",
     frm="Mail Delivery Subsystem <mailer-daemon@googlemail.com>", to="3dprosteam@gmail.com",
     subject="Delivery Status Notification (Failure)", date="2026-11-11 09:01 -0600", client="gmail",
     pre_headers=[("Return-Path", "<>")], received=False,
     headers=[("Auto-Submitted", "auto-replied"), ("X-Failed-Recipients", "codyr1999@example.net")],
     body=Part("multipart/report", [
         Part("text/plain", dedent("""
            ** Address not found **

            Your message wasn't delivered to codyr1999@example.net because the address couldn't be found, or
            is unable to receive mail.

            The response from the remote server was:
            552 5.2.2 The email account that you tried to reach is over quota.
            """)),
         Part("message/delivery-status", dedent("""
            Reporting-MTA: dns; googlemail.com
            Received-From-MTA: dns; 3dprosteam@gmail.com
            Arrival-Date: Wed, 11 Nov 2026 07:00:04 -0800 (PST)
            X-Original-Message-ID: """ + (_acked.msgid or "") + """

            Final-Recipient: rfc822; codyr1999@example.net
            Action: failed
            Status: 5.2.2
            Remote-MTA: dns; mx.example.net. (203.0.113.25, the server for the domain example.net.)
            Diagnostic-Code: smtp; 552 5.2.2 The email account that you tried to reach is over quota.
            Last-Attempt-Date: Wed, 11 Nov 2026 07:00:05 -0800 (PST)
            """).encode()),
         rfc822(_acked),
     ], params={"report-type": "delivery-status"}),
     label=neg("en", "DSN whose returned original is our ack quoting a deletion request; Return-Path <>",
               automated="bounce"))

_fwd = Mail("_inner-forward-to-processor.eml", frm="3DPros Team <3dprosteam@gmail.com>",
            to="privacy@old-fulfillment.example", subject="Fwd: Request to Delete Personal Information",
            date="2026-11-07 10:00 -0600", client="gmail", received=False,
            text="Hi, please delete this customer's data from your fulfilment system as well and confirm. Thanks, 3DPros\n\n"
                 "---------- Forwarded message ---------\n" + quote("en-request-deletion-ccpa-1798-105.eml", intro="", prefix=""))

Mail("en-automated-bounce-forward-to-processor.eml",
     frm="MAILER-DAEMON@mail.old-fulfillment.example (Mail Delivery System)", to="3dprosteam@gmail.com",
     subject="Undelivered Mail Returned to Sender", date="2026-11-07 10:01 -0600", client="mutt",
     pre_headers=[("Return-Path", "<>")], received=False,
     text="This is the mail system at host mail.old-fulfillment.example.\n\n"
          "I'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. "
          "It's attached below.\n\n<privacy@old-fulfillment.example>: host mail.old-fulfillment.example[198.51.100.7] said:\n"
          "    550 5.1.1 <privacy@old-fulfillment.example>: Recipient address rejected: User unknown\n\n"
          "------ This is a copy of the message, including all the headers. ------\n\n"
          + _fwd.render().decode("utf-8"),
     label=neg("en", "plain-text postfix bounce (no multipart/report) whose inline copy is a forwarded CCPA deletion "
                     "request", automated="bounce"))

Mail("en-automated-bounce-delayed.eml",
     frm="Mail Delivery Subsystem <mailer-daemon@googlemail.com>", to="3dprosteam@gmail.com",
     subject="Delivery Status Notification (Delay)", date="2026-11-20 14:00 -0600", client="gmail",
     pre_headers=[("Return-Path", "<>")], received=False,
     body=Part("multipart/report", [
         Part("text/plain", "** Message not delivered yet **\n\nThere was a temporary problem delivering your message to "
                            "sales@filastock.example. Gmail will retry for 46 more hours.\n"),
         Part("message/delivery-status", b"Reporting-MTA: dns; googlemail.com\n\nFinal-Recipient: rfc822; sales@filastock.example\n"
                                         b"Action: delayed\nStatus: 4.4.1\nWill-Retry-Until: Sun, 22 Nov 2026 12:00:00 -0800 (PST)\n"),
         Part("text/rfc822-headers", "From: 3DPros Team <3dprosteam@gmail.com>\nTo: sales@filastock.example\n"
                                     "Subject: PO-2026-121 PETG reorder\nDate: Fri, 20 Nov 2026 10:00:00 -0600\n"),
     ], params={"report-type": "delivery-status"}),
     label=neg("en", "delayed-delivery DSN (Action: delayed)", automated="bounce"))

Mail("en-automated-bounce-office365-ndr.eml",
     frm="Microsoft Outlook <postmaster@lakelinerobotics.example>", to="3dprosteam@gmail.com",
     subject="Undeliverable: Re: Vendor onboarding: privacy & security questionnaire", date="2026-11-14 08:00 -0600",
     client="outlook", pre_headers=[("Return-Path", "<>")], received=False,
     body=Part("multipart/report", [
         Part("multipart/alternative", [
             Part("text/plain", "Your message to procurement-old@lakelinerobotics.example couldn't be delivered.\n"
                                "procurement-old wasn't found at lakelinerobotics.example.\n\nRemote Server returned "
                                "'550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'\n",
                  cte="quoted-printable"),
             Part("text/html", "<html><body><p><b><font color=\"#000066\" size=\"3\">Your message to "
                               "procurement-old@lakelinerobotics.example couldn't be delivered.</font></b></p>"
                               "<p>procurement-old wasn't found at lakelinerobotics.example.</p></body></html>",
                  cte="quoted-printable"),
         ]),
         Part("message/delivery-status", b"Reporting-MTA: dns;SA1PR12MB8899.namprd12.prod.outlook.com\n\n"
                                         b"Final-recipient: RFC822; procurement-old@lakelinerobotics.example\n"
                                         b"Action: failed\nStatus: 5.1.10\n"),
         Part("text/rfc822-headers", "From: 3DPros Team <3dprosteam@gmail.com>\nTo: procurement-old@lakelinerobotics.example\n"
                                     "Subject: Re: Vendor onboarding: privacy & security questionnaire\n"),
     ], params={"report-type": "delivery-status"}),
     label=neg("en", "Exchange NDR whose subject mentions privacy", automated="bounce"))

Mail("en-automated-bounce-postmaster-no-report.eml",
     frm="postmaster@mx.karimengineering.example", to="3dprosteam@gmail.com",
     subject="failure notice", date="2026-11-17 12:00 -0600", client="mutt", received=False,
     text=dedent("""
        Hi. This is the qmail-send program at mx.karimengineering.example.
        I'm afraid I wasn't able to deliver your message to the following addresses.
        This is a permanent error; I've given up. Sorry it didn't work out.

        <billing@karimengineering.example>:
        Sorry, no mailbox here by that name. (#5.1.1)

        --- Below this line is a copy of the message.

        From: 3DPros Team <3dprosteam@gmail.com>
        To: billing@karimengineering.example
        Subject: Re: Invoice correction needed

        Hi Ahmed, corrected invoice attached.
        """),
     label=neg("en", "qmail-style bounce from postmaster without Return-Path <> or multipart/report", automated="bounce"))

# ================================================================== lists & bulk

Mail("en-automated-list-gdpr-discussion.eml",
     frm="Gary Holt <gary@holtcustom.example>", to="small-biz-owners@lists.makers.example",
     subject="[SmallBizMakers] How do you handle 'delete my data' emails?", date="2026-11-04 20:00 -0600",
     client="thunderbird",
     headers=[("List-Id", "Small Business Makers <small-biz-owners.lists.makers.example>"), ("Precedence", "list"),
              ("List-Unsubscribe", "<mailto:small-biz-owners-leave@lists.makers.example>"),
              ("List-Post", "<mailto:small-biz-owners@lists.makers.example>"),
              ("Sender", "small-biz-owners-bounces@lists.makers.example")],
     text=dedent("""
        Hi all,

        We're a 3-person laser cutting shop and we've started getting GDPR and CCPA emails like "please
        delete all my personal data" or "I want a copy of my data under Article 15". How are you handling
        these? Do you verify ID? Do you have a template reply?

        Gary

        _______________________________________________
        SmallBizMakers mailing list
        small-biz-owners@lists.makers.example
        To unsubscribe send an email to small-biz-owners-leave@lists.makers.example
        """),
     label=neg("en", "mailing-list discussion quoting request phrases", automated="list"))

Mail("en-automated-list-member-asks-delete.eml",
     frm="Pat Rowe <pat.rowe@example.net>", to="small-biz-owners@lists.makers.example",
     subject="Re: [SmallBizMakers] How do you handle 'delete my data' emails?", date="2026-11-05 07:00 -0600",
     client="gmail",
     headers=[("List-Id", "Small Business Makers <small-biz-owners.lists.makers.example>"), ("Precedence", "list"),
              ("List-Unsubscribe", "<mailto:small-biz-owners-leave@lists.makers.example>")],
     text=dedent("""
        UNSUBSCRIBE. Please remove me from this list and delete my email address, I've asked twice.

        > Hi all,
        > We're a 3-person laser cutting shop and we've started getting GDPR and CCPA emails
        """),
     label=neg("en", "HARD: list member's unsubscribe/delete aimed at the list, not at 3DPros", automated="list"))

Mail("en-automated-list-3dprinting-digest.eml",
     frm="printerfarm-digest-request@lists.printfarm.example", to="printerfarm@lists.printfarm.example",
     subject="PrinterFarm Digest, Vol 112, Issue 9", date="2026-11-08 05:00 +0000", client="mutt",
     headers=[("List-Id", "PrinterFarm discussion <printerfarm.lists.printfarm.example>"), ("Precedence", "bulk"),
              ("List-Unsubscribe", "<https://lists.printfarm.example/unsub>")],
     text=dedent("""
        Send PrinterFarm mailing list submissions to printerfarm@lists.printfarm.example

        Today's Topics:

           1. Bed adhesion on textured PEI (Jon)
           2. Re: Klipper input shaping on Enders (Mara)
           3. Re: Selling to EU customers - GDPR? (Steve)

        ----------------------------------------------------------------------

        Message: 3
        From: Steve
        Subject: Re: Selling to EU customers - GDPR?

        You need a privacy policy and a way to handle access and erasure requests, that's about it.
        """),
     label=neg("en", "list digest mentioning GDPR", automated="list"))

Mail("en-automated-github-notification.eml",
     frm="Evan Cho <notifications@github.example>", to="3dpros/website <website@noreply.github.example>",
     subject="[3dpros/website] Add data subject request form page (PR #42)", date="2026-11-10 19:00 +0000",
     client="form", cc="3dprosteam@gmail.com",
     headers=[("List-ID", "3dpros/website <website.3dpros.github.example>"),
              ("List-Archive", "https://github.example/3dpros/website"),
              ("List-Unsubscribe", "<mailto:unsub+abc@reply.github.example>"),
              ("X-GitHub-Reason", "subscribed"), ("X-GitHub-Sender", "evancho")],
     text=dedent("""
        evancho opened a pull request: Add data subject request form page

        Adds /privacy-request/ with fields for name, email, state and request type (access, delete, correct,
        opt out). Sends a notification to 3dprosteam@gmail.com.

        You can view, comment on, or merge this pull request online at:
          https://github.example/3dpros/website/pull/42

        --
        Reply to this email directly or view it on GitHub.
        """),
     label=neg("en", "GitHub notification about the privacy form itself", automated="list"))

Mail("en-automated-jira-notification.eml",
     frm="Evan Cho (Jira) <jira@chodev.atlassian.example>", subject="[JIRA] (WEB-88) Delete user data on account close",
     date="2026-11-12 15:00 +0000", client="form",
     headers=[("Auto-Submitted", "auto-generated"), ("Precedence", "bulk"), ("X-JIRA-FingerPrint", "9f1c2e")],
     text=dedent("""
        Evan Cho created WEB-88:
        -------------------------
        Summary: Delete user data on account close
        Description: When a customer deletes their account, also remove addresses and order PDFs after the
        retention period. Needed for privacy requests.
        """),
     label=neg("en", "Jira notification (auto-generated, Precedence: bulk)", automated="list"))

Mail("en-automated-newsletter-vendor-filament.eml",
     frm="Prusament News <news@prusament.example>", subject="New colors are here + 15% off this weekend",
     date="2026-11-13 14:00 +0100", client="form",
     headers=[("List-Id", "<newsletter.prusament.example>"), ("Precedence", "bulk"),
              ("List-Unsubscribe", "<https://prusament.example/unsub?u=3dpros>, <mailto:unsub@prusament.example>"),
              ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")],
     html=dedent("""
        <html><body><table width="600" align="center"><tr><td>
        <img src="https://prusament.example/img/hero.jpg" alt="New colors">
        <h1>Galaxy Silver and Ocean Teal are here</h1>
        <p>Plus 15% off every PETG spool this weekend only.</p>
        <p style="font-size:10px;color:#777">You are receiving this email because you subscribed on prusament.example.
        <a href="https://prusament.example/unsub?u=3dpros">Unsubscribe</a> | <a href="https://prusament.example/privacy">Privacy policy</a></p>
        </td></tr></table></body></html>
        """),
     label=neg("en", "vendor newsletter with unsubscribe footer and list headers", automated="list"))

Mail("de-automated-newsletter-lieferant.eml",
     frm="Extruder Parts Newsletter <newsletter@extruder-parts.example>", subject="Neu im Shop: gehärtete Düsen",
     date="2026-11-18 10:00 +0100", client="form",
     headers=[("List-Id", "Extruder Parts Newsletter <news.extruder-parts.example>"), ("Precedence", "bulk"),
              ("List-Unsubscribe", "<https://extruder-parts.example/abmelden>")],
     text="Hallo,\n\nneu im Shop: gehärtete Düsen in 0,4 und 0,6 mm.\n\nSie erhalten diesen Newsletter, weil Sie Kunde sind. Abmelden: https://extruder-parts.example/abmelden\nDatenschutzerklärung: https://extruder-parts.example/datenschutz\n",
     label=neg("de", "German vendor newsletter with Abmelden/Datenschutz footer", automated="list"))

Mail("en-negative-vendor-marketing-no-list-headers.eml",
     frm="Sam at PolyMakers <sam@polymakers.example>", subject="Sam here - quick hello from PolyMakers",
     date="2026-11-21 11:00 -0800", client="gmail",
     text=dedent("""
        Hi 3DPros team!

        Sam from PolyMakers here. We just launched a matte PLA line that's great for architectural models -
        happy to send you two free sample spools. Just reply with a shipping address.

        Sam
        P.S. Not interested? Reply "unsubscribe" and I won't email again.
        """),
     label=neg("en", "cold vendor marketing with 'reply unsubscribe' but no list headers"))

Mail("en-negative-customer-shares-photo-consent.eml",
     frm="Megan Cole <megan.cole@example.com>", subject="Re: Thank you!!",
     date="2026-11-19 10:00 -0600", client="gmail", irt="en-negative-review-thanks.eml",
     text="Sure, you have my consent to post the photo with my first name on Instagram! Tag me @megancooks.\n\n"
          + quote("en-negative-review-thanks.eml"),
     label=neg("en", "HARD: GIVES consent (opposite of withdrawing it)"))

assert all(m.label is not None for m in REGISTRY.values() if not m.fname.startswith("_inner"))
