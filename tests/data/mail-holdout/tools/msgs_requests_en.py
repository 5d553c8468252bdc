"""English privacy requests (hand-written, one per message)."""

from __future__ import annotations

from kit import Att, Mail, add, addr, fake_pdf, req

add(Mail(
    "en-request-what-data-iphone.eml",
    frm=addr("Tyler Brandt", "tbrandt88@example.com"),
    subject="Question",
    date="2026-09-02 21:47 -0500",
    client="apple",
    domain="example.com",
    text="""\
Hey what info do you guys actually have on me? I ordered a keychain thing from you in June and now I'm getting texts from random companies. Just want to see what you have stored

Sent from my iPhone""",
    text_only=True,
    label=req(["access"], [], "Tyler Brandt", "tbrandt88@example.com",
              "Asks what data is held about him; an access request with no law named. Suspicion about texts is context, not a complaint against us."),
))

add(Mail(
    "en-request-ccpa-right-to-know.eml",
    frm=addr("Priya Raman", "priya.raman@example.org"),
    subject="CCPA Request to Know - Priya Raman",
    date="2026-09-04 10:12 -0700",
    client="outlook",
    text="""\
To the privacy team at 3DPros LLC,

I am a California resident and a former customer (orders placed in 2025 under this email address). Under the California Consumer Privacy Act, as amended by the CPRA, I request that you disclose to me:

1. The categories of personal information you have collected about me;
2. The categories of sources from which it was collected;
3. The business or commercial purpose for collecting, selling, or sharing it;
4. The categories of third parties to whom you disclose it; and
5. The specific pieces of personal information you have collected about me.

Please send the response to this email address. I can verify my identity using the order numbers and the shipping address on file (San Jose, CA 95126).

Thank you,
Priya Raman
(408) 555-0178""",
    label=req(["access"], ["ccpa"], "Priya Raman", "priya.raman@example.org",
              "Textbook CCPA right to know (categories + specific pieces)."),
))

add(Mail(
    "en-request-delete-everything-angry.eml",
    frm=addr("Dale Whitcomb", "dwhitcomb_tx@example.net"),
    subject="delete me",
    date="2026-09-06 07:03 -0500",
    client="yahoo",
    text="""\
I have asked NICELY on the phone already. I bought ONE filament spool holder from you people and now I get your "Maker Monday" emails every single week. Take me off every list you have and delete my account and everything you have about me. I do not want to hear from 3DPros again.

Dale""",
    label=req(["deletion", "opt_out_marketing"], [], "Dale Whitcomb", "dwhitcomb_tx@example.net",
              "Angry: stop the newsletter and delete account + all data. Both types."),
))

add(Mail(
    "en-request-delete-in-order-thread.eml",
    frm=addr("Hannah Lindqvist", "hannah.lindqvist@example.com"),
    subject="Re: Your 3DPros order #3DP-2291 has shipped",
    date="2026-09-09 16:31 -0400",
    client="gmail",
    in_reply_to="<order-3DP-2291-shipped.1725900211@3dpros.com>",
    text="""\
Thanks, tracking works. One more thing: this was a one-off gift, so once it's delivered could you please delete my details (address, phone, the photo I sent for the lithophane) from your system? No need to keep me on file.

Hannah

On Mon, Sep 7, 2026 at 11:02 AM 3DPros <3dprosteam@gmail.com> wrote:

> Hi Hannah,
>
> Good news - your order #3DP-2291 (1x custom lithophane lamp, 1x walnut base)
> shipped today with USPS Priority. Tracking: 9405 5036 9930 0412 7781 22
>
> Thanks for ordering from 3DPros!
> The 3DPros team
> Pflugerville, TX""",
    label=req(["deletion"], [], "Hannah Lindqvist", "hannah.lindqvist@example.com",
              "Deletion asked in the new text of a reply inside an order thread; the quoted part is our shipping notice."),
))

add(Mail(
    "en-request-gdpr-portability-ireland.eml",
    frm=addr("Ciarán Ó Briain", "ciaran.obriain@example.net"),
    subject="Data portability request (Art. 20 GDPR)",
    date="2026-09-10 09:40 +0100",
    client="thunderbird",
    domain="example.net",
    mailer="Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.2.0",
    content_language="en-GB",
    flowed=True,
    text="""\
Hello,

I've been using your print-on-demand service since last year (account
under this address, ~14 orders, shipped to Cork). I'm moving my
projects to a local print farm and would like to take my data with me.

Under Article 20 GDPR, please send me the personal data I provided to
you, in a structured, commonly used and machine-readable format (CSV or
JSON is fine): my account details, order history with the print
settings I chose, and the STL/3MF files I uploaded.

If it's easier you can put it in a zip and send a download link.

Thanks,
Ciarán Ó Briain
Cork, Ireland""",
    label=req(["portability"], ["gdpr"], "Ciarán Ó Briain", "ciaran.obriain@example.net",
              "Art. 20 portability, machine-readable export. Uploaded STL files are part of what he provided."),
))

add(Mail(
    "en-request-uk-restrict-processing.eml",
    frm=addr("Margaret Hollis", "m.hollis@example.co.uk"),
    subject="Restriction of processing - please do NOT delete",
    date="2026-09-14 13:05 +0100",
    client="outlook",
    content_language="en-GB",
    text="""\
Dear Sir or Madam,

I am in a dispute with the courier over the damaged parcel (your order ref 3DP-2204, sent to Leeds). My solicitor has advised me that I may need your records of the order and the delivery correspondence as evidence.

I therefore ask you, under Article 18 of the UK GDPR, to restrict the processing of my personal data: please keep it, but do not use it for anything else (no marketing, no analytics, no sharing) until I tell you the matter is closed. Please do not erase it in the meantime.

Kindly confirm in writing that the restriction is in place.

Yours faithfully,
Margaret Hollis
14 Otley Road, Leeds LS6 2AA""",
    label=req(["restriction"], ["uk_gdpr"], "Margaret Hollis", "m.hollis@example.co.uk",
              "Art. 18(1)(c) UK GDPR: keep but restrict, needed for a legal claim."),
))

add(Mail(
    "en-request-object-analytics-profiling.eml",
    frm=addr("Joost van Leeuwen", "joost.vanleeuwen@example.net"),
    subject="Objection to profiling / analytics",
    date="2026-09-15 22:18 +0200",
    client="gmail",
    text="""\
Hi,

Your privacy notice says you collect device data, location and usage data when I visit 3dpros.com and use it for "internal analytics and reporting". You rely on legitimate interests for that.

I object to this processing under Article 21(1) GDPR, on grounds relating to my particular situation: I work in security research and do not want a usage profile of my visits kept anywhere. Please stop processing my usage and location data for analytics and let me know when it's done. This is not about your emails, I'm fine getting order updates.

Regards,
Joost van Leeuwen
Utrecht""",
    label=req(["objection"], ["gdpr"], "Joost van Leeuwen", "joost.vanleeuwen@example.net",
              "Art. 21(1) objection to analytics based on legitimate interests; explicitly not about marketing."),
))

add(Mail(
    "en-request-withdraw-consent-showcase-photo.eml",
    frm=addr("Renata Okafor", "renata@okafor-cosplay.example"),
    subject="Photo consent",
    date="2026-09-16 18:54 -0500",
    client="apple",
    domain="okafor-cosplay.example",
    mailer="Apple Mail (2.3826.100.11)",
    text="""\
Hi 3DPros team,

Back in April I signed your little release so you could use the photo of me wearing the printed Valkyrie helmet in your Instagram and on the website gallery. I've had some weird DMs since then and I'd rather not be out there anymore.

So I'm withdrawing that consent. Please stop using the photo (and my name/handle) in anything going forward.

Love the helmet still :)
Renata""",
    label=req(["withdraw_consent"], [], "Renata Okafor", "renata@okafor-cosplay.example",
              "Withdraws the photo-release consent. Stopping use is the consequence, not a separate deletion request."),
))

add(Mail(
    "en-request-gpc-do-not-share.eml",
    frm=addr("Marcus Feld", "marcus.feld@example.com"),
    subject="Opt-out of sale/sharing (GPC)",
    date="2026-09-17 12:26 -0700",
    client="gmail",
    text="""\
Hello,

My browser (Firefox with Global Privacy Control turned on) sends the Sec-GPC: 1 signal, yet 3dpros.com still loads the Meta pixel and the TikTok pixel on the product pages. Under the CCPA regulations a business has to treat GPC as a valid request to opt out of sale and sharing.

Please treat this email as my opt-out of the sale and sharing of my personal information, including cross-context behavioural advertising, for my browser and for this email address.

Marcus Feld
Oakland, CA""",
    label=req(["opt_out_sale"], ["ccpa"], "Marcus Feld", "marcus.feld@example.com",
              "GPC-based Do Not Sell/Share opt-out by email."),
))

add(Mail(
    "en-request-do-not-sell-yahoo-oneliner.eml",
    frm=addr("Brenda Kowalczyk", "brendakow@example.net"),
    subject="do not sell my info",
    date="2026-09-19 19:02 -0700",
    client="yahoo",
    text="""\
Please do not sell or share my personal information. Thank you

Sent from Yahoo Mail on Android""",
    label=req(["opt_out_sale"], ["ccpa"], "Brenda Kowalczyk", "brendakow@example.net",
              "One-liner CCPA Do Not Sell/Share phrasing."),
))

add(Mail(
    "en-request-unsubscribe-link-broken.eml",
    frm=addr("Owen Castellano", "owen.castellano@example.org"),
    subject="Can't unsubscribe",
    date="2026-09-21 08:15 -0500",
    client="gmail",
    text="""\
Hi there, could you take me off your newsletter list please? I tried the unsubscribe link at the bottom of the last two emails and it just goes to a "page not found" on your site.

Thanks!
Owen""",
    label=req(["opt_out_marketing"], [], "Owen Castellano", "owen.castellano@example.org",
              "Person asks to be removed from the newsletter; the broken link is why he writes."),
))

add(Mail(
    "en-request-stop-emailing-caps.eml",
    frm=addr("Gloria Pettibone", "gpettibone@example.com"),
    subject="STOP SENDING ME EMAILS!!!",
    date="2026-09-23 06:41 -0400",
    client="outlookcom",
    text="""\
THIS IS THE THIRD TIME.

I clicked unsubscribe on Aug 12 and again on Sept 2 and I am still getting your promotions. Consider this a formal complaint: you are ignoring opt-out requests, which is a violation of the CAN-SPAM Act, and if I get one more I am reporting you to the FTC.

Remove gpettibone@example.com from ALL marketing. Now.

G. Pettibone""",
    label=req(["opt_out_marketing", "complaint"], ["can_spam"], "Gloria Pettibone", "gpettibone@example.com",
              "Opt-out plus an explicit complaint about ignored opt-outs, CAN-SPAM named."),
))

add(Mail(
    "en-request-shine-the-light-formal.eml",
    frm=addr("Daniel Esquivel", "d.esquivel@example.org"),
    subject="Request pursuant to California Civil Code Section 1798.83",
    date="2026-09-24 15:30 -0700",
    client="outlook",
    text="""\
3DPros LLC
Attn: Privacy
2307 Hayfield Square
Pflugerville, TX 78660

Re: Shine the Light request

I am a California resident with an established business relationship with your company. Pursuant to California Civil Code Section 1798.83, I request the following information for the preceding calendar year (2025):

(a) a list of the categories of personal information about me that you disclosed to third parties for those third parties' direct marketing purposes, and
(b) the names and addresses of all such third parties, and examples of the products or services they market.

Please respond by email to d.esquivel@example.org within 30 days.

Daniel Esquivel
Fresno, California""",
    label=req(["shine_the_light"], ["ca_shine_the_light", "ccpa"], "Daniel Esquivel", "d.esquivel@example.org",
              "Formal Shine the Light letter."),
))

add(Mail(
    "en-request-shine-the-light-casual.eml",
    frm=addr("Kim Nguyen", "kimnguyen.sd@example.com"),
    subject="did you share my info with marketers?",
    date="2026-10-01 20:11 -0700",
    client="gmail",
    text="""\
hi! quick one - I live in California (San Diego) and I read that under the "Shine the Light" law businesses have to tell you who they gave your info to for marketing. Did 3DPros give my name/email/address to anyone else for their marketing last year? If so who?

thanks
Kim""",
    label=req(["shine_the_light"], ["ccpa", "ca_shine_the_light"], "Kim Nguyen", "kimnguyen.sd@example.com",
              "Casual Shine the Light; California resident (so ccpa hint too)."),
))

add(Mail(
    "en-request-form-shine-the-light-table.eml",
    frm=addr("3DPros Website", "no-reply@3dpros.com"),
    reply_to=addr("Arturo Beltran", "arturo.beltran@example.net"),
    subject="New Data Subject Request #1187",
    date="2026-10-03 11:48:20 -0500",
    client="webform",
    mailer="PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)",
    html_only=True,
    cte="quoted-printable",
    html="""\
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>New Data Subject Request</title></head>
<body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
<p>A new entry was submitted through <b>Data Subject Request Form</b> on 3dpros.com.</p>
<table cellpadding="6" cellspacing="0" border="1" style="border-collapse:collapse;border-color:#ddd">
<tr><td style="background:#f4f4f4"><b>First Name</b></td><td>Arturo</td></tr>
<tr><td style="background:#f4f4f4"><b>Last Name</b></td><td>Beltran</td></tr>
<tr><td style="background:#f4f4f4"><b>Email</b></td><td><a href="mailto:arturo.beltran@example.net">arturo.beltran@example.net</a></td></tr>
<tr><td style="background:#f4f4f4"><b>State / Province</b></td><td>California</td></tr>
<tr><td style="background:#f4f4f4"><b>I am submitting this request as</b></td><td>The data subject</td></tr>
<tr><td style="background:#f4f4f4"><b>Request type</b></td><td>California &quot;Shine the Light&quot; disclosure (Civ. Code 1798.83)</td></tr>
<tr><td style="background:#f4f4f4"><b>Details</b></td><td>Want to know which companies got my info for marketing in 2025.</td></tr>
<tr><td style="background:#f4f4f4"><b>I confirm the information is accurate</b></td><td>Yes</td></tr>
</table>
<p style="color:#888;font-size:12px">Entry ID 1187 &middot; Submitted 10/03/2026 11:48 am &middot; IP 76.184.22.19<br>
Sent by WPForms from https://www.3dpros.com/privacy-request/</p>
</body></html>
""",
    label=req(["shine_the_light"], ["ca_shine_the_light", "ccpa"], "Arturo Beltran", "arturo.beltran@example.net",
              "HTML-only table form notification from no-reply@3dpros.com; requester is the person in the fields.",
              form=True),
))

add(Mail(
    "en-request-minor-removal-teen.eml",
    frm=addr("Lily Tran", "lilytran.prints@example.com"),
    subject="please remove my post",
    date="2026-10-05 16:20 -0700",
    client="gmail",
    text="""\
Hi, I'm 16 and I live in California. Last year I posted a picture of my dragon print plus a comment with my first name and my school's robotics team on your "Maker Wall" page. I didn't really think about it then but I'd like it taken down now. Under California law minors can ask for stuff they posted to be removed, right? Please remove the picture and the comment.

It's the one from March 2025 with the purple articulated dragon, username lilyprints.

Thank you!!
Lily""",
    label=req(["minor_removal"], ["ccpa"], "Lily Tran", "lilytran.prints@example.com",
              "California minor asks to remove content she posted (B&P 22581)."),
))

add(Mail(
    "en-request-parent-for-teen.eml",
    frm=addr("Sandra Millbrook", "sandra.millbrook@example.org"),
    subject="Request on behalf of my son (age 15) - remove his posts and delete account",
    date="2026-10-06 09:05 -0700",
    client="outlook",
    text="""\
Hello,

I'm writing on behalf of my son, Ethan Millbrook, who is 15. He created an account on your website with the email ethan.mb.builds@example.org and posted several photos of his prints and comments in your community gallery, some of which show his face and our street.

As his parent and legal guardian I am asking you to:
- remove all the content he posted to the gallery and comments section, and
- delete his account and any personal information you hold about him.

We live in Sacramento, California. I can provide proof that I am his parent if you need it (birth certificate or a signed statement). Please reply to me at this address.

Regards,
Sandra Millbrook""",
    label=req(["minor_removal", "deletion"], ["ccpa"], "Ethan Millbrook", "ethan.mb.builds@example.org",
              "Parent acts for a 15-year-old in California: removal of posted content + account deletion. The data subject is the son.",
              agent=("Sandra Millbrook", "sandra.millbrook@example.org"),
              agent_for=("Ethan Millbrook", "ethan.mb.builds@example.org")),
))

add(Mail(
    "en-request-form-minor-removal.eml",
    frm=addr("3DPros", "no-reply@3dpros.com"),
    subject="Privacy request form submission",
    date="2026-10-08 14:02:55 -0500",
    client="webform",
    mailer="Contact Form 7 (WordPress/6.6.2)",
    text="""\
From: Jayden Cole <jayden.cole2010@example.com>
Subject: Privacy request form submission

Your name: Jayden Cole
Your email: jayden.cole2010@example.com
Are you under 18?: Yes
Where do you live?: California
What do you want us to do?: Remove content I posted while under 18
Which content?: my review on the RC car body listing (with a pic) and my username "jcole_fpv" on the maker wall

--
This e-mail was sent from a contact form on 3DPros (https://www.3dpros.com)""",
    label=req(["minor_removal"], ["ccpa"], "Jayden Cole", "jayden.cole2010@example.com",
              "Contact Form 7 plain notification; minor asks removal of posted content.", form=True),
))

add(Mail(
    "en-request-complaint-no-reply-cppa.eml",
    frm=addr("Vanessa Hurtado", "vhurtado@example.com"),
    subject="Deletion request ignored - 7 weeks",
    date="2026-10-09 11:37 -0700",
    client="gmail",
    text="""\
To whom it may concern,

On August 20 I emailed this address asking you to delete my account and personal information. Nobody has answered, not even an acknowledgment, and it has now been seven weeks. The CCPA gives you 10 business days to confirm and 45 days to respond.

I am making a formal complaint about how you have handled my request and my data. Delete my information now and confirm in writing. If I don't hear back within 10 days I will file a complaint with the California Privacy Protection Agency and the Attorney General's office.

Vanessa Hurtado
Los Angeles, CA""",
    label=req(["complaint", "deletion"], ["ccpa"], "Vanessa Hurtado", "vhurtado@example.com",
              "Complaint about an ignored request, repeating the deletion demand; earlier request not in this mailbox, so it is a new request."),
))

add(Mail(
    "en-request-complaint-leak-phishing.eml",
    frm=addr("Noah Steinberg", "noah@steinberg-design.example"),
    subject="Did you leak my customer data?",
    date="2026-10-11 10:08 -0500",
    client="thunderbird",
    domain="steinberg-design.example",
    text="""\
Hello,

Yesterday I received an email pretending to be from "3DPros Billing" asking me to pay an overdue invoice for order 3DP-1968. That IS my real order number, from an order I placed with you in August, and the email also had my real phone number in it. The only place those two things exist together is your shop.

So either your store or one of your vendors leaked my data. I want to register a complaint about how my personal information was protected, and I want you to tell me what happened and who else is affected. Nobody from 3DPros has notified me of any breach.

Noah Steinberg
Steinberg Design Studio, Austin TX""",
    label=req(["complaint"], [], "Noah Steinberg", "noah@steinberg-design.example",
              "Complaint about data security/possible breach. 'Tell me what happened' is about the incident, not an access request."),
))

add(Mail(
    "en-request-complaint-ico-uk.eml",
    frm=addr("Graham Eccles", "graham.eccles@example.co.uk"),
    subject="Complaint - my phone number given to a third party",
    date="2026-10-12 19:22 +0100",
    client="outlookcom",
    content_language="en-GB",
    text="""\
Hello,

When I ordered from you in September I gave my mobile number for the delivery only. Since then I have had three calls and several texts from a "partner" parcel insurance company that quoted my 3DPros order. I never agreed to that.

I am complaining about this use of my personal data. I expect an explanation of who you gave my number to and on what legal basis. If I do not receive a satisfactory answer within a month I will raise a complaint with the Information Commissioner's Office.

Graham Eccles
Manchester""",
    label=req(["complaint"], ["uk_gdpr"], "Graham Eccles", "graham.eccles@example.co.uk",
              "UK complaint about sharing, ICO threat. Asking 'who you gave it to' is part of the complaint; a person would file complaint (access arguable, not labelled)."),
))

add(Mail(
    "en-request-agent-deleteme-style.eml",
    frm=addr("Vanishly Privacy Team", "requests@mail.vanishly.example"),
    reply_to=addr("Vanishly Case 88-41920", "case-8841920@reply.vanishly.example"),
    subject="Authorized Agent Request: Delete and Do Not Sell/Share - Case 88-41920",
    date="2026-10-13 08:00:04 -0400",
    client="ticket",
    domain="mail.vanishly.example",
    mailer="Vanishly Casework",
    text="""\
Hello 3DPros LLC,

Vanishly is an authorized agent acting on behalf of the California consumer identified below, pursuant to Cal. Civ. Code 1798.135 and 11 CCR 7063. The consumer's signed authorization is attached.

Consumer:
  Full name:     Angela Marie Ruiz
  Email:         angela.ruiz@example.com
  Alt. email:    a.m.ruiz@example.net
  Phone:         (619) 555-0144
  Address:       2218 Juniper St, San Diego, CA 92104

On the consumer's behalf we request that you:
  1. DELETE all personal information you have collected about the consumer (Cal. Civ. Code 1798.105);
  2. OPT OUT the consumer from any sale or sharing of personal information (Cal. Civ. Code 1798.120).

Please confirm completion by replying to this email (keep the case number in the subject). Do not contact the consumer directly about this request unless required by law.

Regards,
Request Processing Team
Vanishly, Inc. | Personal data removal on autopilot
Case 88-41920""",
    attachments=[Att("Authorization_Angela_Ruiz_88-41920.pdf", "application/pdf",
                     fake_pdf("Authorization", ["AUTHORIZED AGENT DESIGNATION",
                                                "I, Angela Marie Ruiz, authorize Vanishly, Inc. to submit",
                                                "requests to delete and to opt out on my behalf.",
                                                "Signed: Angela M. Ruiz    Date: 09/28/2026"]))],
    label=req(["deletion", "opt_out_sale"], ["ccpa"], "Angela Marie Ruiz", "angela.ruiz@example.com",
              "DeleteMe-style agent service, PDF authorization attached.",
              agent=("Vanishly, Inc.", "requests@mail.vanishly.example")),
))

add(Mail(
    "en-request-agent-optery-style-html.eml",
    frm=addr("OptOutPilot Compliance", "compliance@optoutpilot.example"),
    subject="Consumer Opt-Out Request (Do Not Sell or Share) - ref OOP-5512-KX",
    date="2026-10-14 13:15:41 +0000",
    client="bulk",
    domain="optoutpilot.example",
    html_only=True,
    cte="base64",
    html="""\
<html><body style="margin:0;padding:0;background:#f5f7fa">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" cellpadding="24" cellspacing="0" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#1d2733">
<tr><td>
<h2 style="margin:0 0 12px 0;color:#0b5fff">Opt-Out Request</h2>
<p>To the Privacy Team of <b>3DPros LLC</b>,</p>
<p>OptOutPilot submits this request as the authorized agent of the consumer below. Under the California Consumer Privacy Act the consumer directs you not to sell or share their personal information, including for cross-context behavioral advertising. Evidence of authorization is available at the secure link in our records and will be provided on request.</p>
<table cellpadding="6" cellspacing="0" style="border:1px solid #dfe3ea;font-size:14px">
<tr><td style="color:#6b778c">Consumer name</td><td>Terrence Alvarado</td></tr>
<tr><td style="color:#6b778c">Email address(es)</td><td>t.alvarado@example.net</td></tr>
<tr><td style="color:#6b778c">City / State</td><td>Riverside, CA</td></tr>
<tr><td style="color:#6b778c">Request</td><td>Do Not Sell or Share My Personal Information</td></tr>
<tr><td style="color:#6b778c">Reference</td><td>OOP-5512-KX</td></tr>
</table>
<p>Under 11 CCR 7026 you must comply no later than 15 business days from receipt. Please reply to confirm.</p>
<p style="color:#6b778c;font-size:12px">OptOutPilot &middot; 1 Market St, Suite 300, San Francisco, CA 94105<br>You are receiving this because the consumer named you as a business that may hold their data.</p>
</td></tr></table></td></tr></table>
</body></html>
""",
    label=req(["opt_out_sale"], ["ccpa"], "Terrence Alvarado", "t.alvarado@example.net",
              "Optery-style agent opt-out, HTML-only, base64.",
              agent=("OptOutPilot", "compliance@optoutpilot.example")),
))

add(Mail(
    "en-request-agent-incogni-style-gdpr.eml",
    frm=addr("Datavanish on behalf of Sophie Marchetti", "sophie.marchetti.8f3k2@requests.datavanish.example"),
    subject="Request for erasure of personal data - Sophie Marchetti",
    date="2026-10-15 06:30:12 +0200",
    client="bulk",
    domain="requests.datavanish.example",
    text="""\
Dear Data Protection Officer,

I am contacting you on behalf of my client, Sophie Marchetti, who has authorised Datavanish to manage her data protection requests. A copy of the authorisation is available on request.

Pursuant to Article 17 of the General Data Protection Regulation (GDPR), my client requests the erasure of all personal data relating to her that is processed by your organisation, and the confirmation of the erasure. Where you have disclosed her data to other controllers, please inform them of this request in accordance with Article 19 GDPR.

Identifying details of the data subject:
Name: Sophie Marchetti
Email: sophie.marchetti@example.net
Country of residence: Italy

You are required to respond without undue delay and in any event within one month of receipt of this request.

Kind regards,
Datavanish Data Protection Team
Datavanish Ltd, 24 Chancery Lane, London WC2A 1LS""",
    label=req(["deletion"], ["gdpr"], "Sophie Marchetti", "sophie.marchetti@example.net",
              "Incogni-style agent erasure; sender address is a per-client relay, data subject email is in the body.",
              agent=("Datavanish Ltd", "sophie.marchetti.8f3k2@requests.datavanish.example")),
))

add(Mail(
    "en-request-agent-mine-style.eml",
    frm=addr("SayMine", "noreply@saymine.example"),
    reply_to=addr("Darnell Price", "darnell.price@example.org"),
    cc=addr("Darnell Price", "darnell.price@example.org"),
    subject="Darnell Price wants 3DPros to delete their data",
    date="2026-10-16 17:44:09 +0300",
    client="bulk",
    domain="saymine.example",
    html="""\
<div style="font-family:Arial,sans-serif;max-width:560px">
<p>Hi 3DPros,</p>
<p><b>Darnell Price</b> used SayMine to discover which companies hold their data, and found that you are one of them.</p>
<p>Darnell is asking you to <b>delete all of their personal data</b> from your systems, under applicable privacy laws.</p>
<p>Darnell's email address with you: <a href="mailto:darnell.price@example.org">darnell.price@example.org</a></p>
<p>Please reply to this email to confirm once the deletion has been completed. Darnell is cc'd and will see your reply.</p>
<p style="color:#999;font-size:11px">SayMine helps people take control of their data. SayMine is not a party to this request and does not receive your reply.</p>
</div>
""",
    text="""\
Hi 3DPros,

Darnell Price used SayMine to discover which companies hold their data, and found that you are one of them.

Darnell is asking you to delete all of their personal data from your systems, under applicable privacy laws.

Darnell's email address with you: darnell.price@example.org

Please reply to this email to confirm once the deletion has been completed. Darnell is cc'd and will see your reply.

SayMine helps people take control of their data. SayMine is not a party to this request and does not receive your reply.""",
    label=req(["deletion"], [], "Darnell Price", "darnell.price@example.org",
              "Mine-style relay: sent by a service from noreply, Reply-To and Cc the person. The service presents itself as a tool, but a person would record it as sent via an agent.",
              agent=("SayMine", "noreply@saymine.example")),
))

add(Mail(
    "en-request-agent-attorney-access.eml",
    frm=addr("Rebecca Stoll", "rstoll@stoll-hartman.example"),
    subject="Our client Martin Oyelaran - CCPA request to know",
    date="2026-10-19 14:51 -0700",
    client="outlook",
    text="""\
Dear Sir/Madam:

This firm represents Martin Oyelaran, a California resident and a customer of 3DPros LLC. A signed authorization from Mr. Oyelaran designating this firm as his authorized agent is attached.

On behalf of Mr. Oyelaran and pursuant to Cal. Civ. Code 1798.110, we request that you disclose the specific pieces of personal information, and the categories of personal information, that 3DPros has collected about him, together with the sources, the purposes, and the categories of third parties to whom it was disclosed, for the period from January 1, 2024 to the present.

Mr. Oyelaran's email address on file is martin.oyelaran@example.com. Please direct all correspondence regarding this request to the undersigned.

Very truly yours,

Rebecca Stoll
Stoll & Hartman LLP
500 Capitol Mall, Suite 1700
Sacramento, CA 95814
(916) 555-0120

CONFIDENTIALITY NOTICE: This email and any attachments are confidential and may be privileged. If you are not the intended recipient, please notify the sender and delete this message.""",
    attachments=[Att("Oyelaran - Authorized Agent Designation.pdf", "application/pdf",
                     fake_pdf("Designation", ["DESIGNATION OF AUTHORIZED AGENT",
                                              "Consumer: Martin Oyelaran",
                                              "Agent: Stoll & Hartman LLP",
                                              "Scope: CCPA requests to know to 3DPros LLC"]))],
    label=req(["access"], ["ccpa"], "Martin Oyelaran", "martin.oyelaran@example.com",
              "Law firm as authorized agent; the confidentiality footer's 'delete this message' is boilerplate.",
              agent=("Rebecca Stoll, Stoll & Hartman LLP", "rstoll@stoll-hartman.example")),
))

add(Mail(
    "en-request-form-access-plain.eml",
    frm=addr("3DPros Website", "no-reply@3dpros.com"),
    subject="[3DPros] New submission: Data Subject Request",
    date="2026-09-03 09:22:41 -0500",
    client="webform",
    mailer="WPForms Lite 1.9.0.3",
    text="""\
Name
Elena Vasquez-Hart

Email
elena.vh@example.com

Phone
(512) 555-0163

Request Type
Access my personal information

Please describe your request
I'd like a copy of whatever personal info you have about me, I'm a customer since 2024 (orders for my Etsy shop).

Submitted on: September 3, 2026 at 9:22 am
Page: Privacy Request (https://www.3dpros.com/privacy-request/)

---
Sent from your website 3DPros via WPForms""",
    label=req(["access"], [], "Elena Vasquez-Hart", "elena.vh@example.com",
              "WPForms notification with label-on-its-own-line layout.", form=True),
))

add(Mail(
    "en-request-form-delete-json.eml",
    frm=addr(None, "no-reply@3dpros.com"),
    subject="dsr_form webhook: new submission",
    date="2026-09-29 03:14:08 +0000",
    client="webform",
    mailer="3dpros-forms-relay/0.3",
    text="""\
New submission received by the privacy request endpoint.

{
  "form_id": "dsr-2",
  "submitted_at": "2026-09-29T03:14:06Z",
  "fields": {
    "full_name": "Samuel Achterberg",
    "email": "sam.achterberg@example.net",
    "country": "United States",
    "state": "Oregon",
    "request": ["delete_my_data"],
    "message": "closing my account, please remove everything incl. saved addresses"
  },
  "consent_checkbox": true,
  "user_agent": "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Safari/605.1.15"
}
""",
    label=req(["deletion"], [], "Samuel Achterberg", "sam.achterberg@example.net",
              "JSON-ish form relay from no-reply@3dpros.com. Oregon has its own law but it is not in the vocabulary: no regime.",
              form=True),
))

add(Mail(
    "en-request-form-multi-html-table.eml",
    frm=addr("3DPros", "3dprosteam@gmail.com"),
    subject="Form response: Privacy / data request",
    date="2026-10-21 22:05:37 -0500",
    client="webform",
    mailer="Jotform Mailer",
    html="""\
<html><body>
<p style="font-family:Verdana;font-size:13px">You have a new response for <b>Privacy / data request</b>:</p>
<table border="0" cellpadding="5" style="font-family:Verdana;font-size:13px;border:1px solid #ccc">
<tr style="background:#eef"><th align="left">Question</th><th align="left">Answer</th></tr>
<tr><td>Full name</td><td>Beatriz "Bea" Calloway</td></tr>
<tr><td>E-mail</td><td>bea.calloway@example.com</td></tr>
<tr><td>State of residence</td><td>California</td></tr>
<tr><td>What would you like to do? (check all that apply)</td><td>
<ul>
<li>Know what personal information you have about me</li>
<li>Delete my personal information</li>
<li>Do Not Sell or Share my personal information</li>
</ul></td></tr>
<tr><td>Order number(s), if any</td><td>3DP-1802, 3DP-2010</td></tr>
<tr><td>Anything else?</td><td>&nbsp;</td></tr>
</table>
<p style="font-family:Verdana;font-size:11px;color:#999">Submission ID 6049913827511 &bull; You can edit notification settings in your form builder.</p>
</body></html>
""",
    text="""\
You have a new response for Privacy / data request:

Full name: Beatriz "Bea" Calloway
E-mail: bea.calloway@example.com
State of residence: California
What would you like to do? (check all that apply):
  - Know what personal information you have about me
  - Delete my personal information
  - Do Not Sell or Share my personal information
Order number(s), if any: 3DP-1802, 3DP-2010
Anything else?:

Submission ID 6049913827511""",
    label=req(["access", "deletion", "opt_out_sale"], ["ccpa"], "Beatriz Calloway", "bea.calloway@example.com",
              "Form notification sent from the company's own Gmail address; three boxes ticked. Requester name may be read with the nickname.",
              form=True),
))

add(Mail(
    "en-request-form-correction-google-forms.eml",
    frm=addr("3DPros Team", "3dprosteam@gmail.com"),
    subject="New response - \"Update / correct my information\"",
    date="2026-10-22 12:40:02 -0500",
    client="gform",
    text="""\
A new response was recorded for "Update / correct my information" (Apps Script notifier).

Timestamp | 10/22/2026 12:39:58
Your name | Whitney Abernathy
Email we have on file | whitney.a@example.org
What is wrong? | Last name is still my maiden name (Pruitt) on my account and on the loyalty card. Please change it to Abernathy. Also the phone should be 512-555-0191 not 0119.
Is this for an order in progress? | No

View all responses in the spreadsheet.""",
    label=req(["correction"], [], "Whitney Abernathy", "whitney.a@example.org",
              "Pipe-table form sent by a script as 3dprosteam@gmail.com; correction of name and phone in the account (personal data, not a transaction document).",
              form=True),
))

add(Mail(
    "en-request-form-unsubscribe-checkbox.eml",
    frm=addr("3DPros Website", "no-reply@3dpros.com"),
    subject="New Data Subject Request #1203",
    date="2026-10-26 08:31:12 -0500",
    client="webform",
    mailer="PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)",
    text="""\
A new entry was submitted through Data Subject Request Form on 3dpros.com.

First Name: Curtis
Last Name: Odum
Email: curtis.odum@example.com
State / Province: Texas
I am submitting this request as: The data subject
Request type: Stop marketing emails / unsubscribe
Details:\x20
I confirm the information is accurate: Yes

Entry ID 1203 - Submitted 10/26/2026 8:31 am""",
    label=req(["opt_out_marketing"], [], "Curtis Odum", "curtis.odum@example.com",
              "Same WPForms form as #1187 but the plain-text variant; marketing opt-out. Texas named only as residence.",
              form=True),
))

add(Mail(
    "en-request-texas-tdpsa.eml",
    frm=addr("Ramón Delgado", "ramon.delgado.atx@example.com"),
    subject="TDPSA request: access + deletion",
    date="2026-10-27 10:55 -0500",
    client="gmail",
    text="""\
Hi 3DPros,

I'm a Texas resident (Round Rock, just up the road from you). Under the Texas Data Privacy and Security Act I'd like to:

1) confirm whether you're processing my personal data and get a copy of it, and then
2) have it deleted.

I ordered a couple of drone frames in 2025 using this email. Happy to confirm any order details for verification.

Thanks,
Ramón Delgado""",
    label=req(["access", "deletion"], ["tx_tdpsa"], "Ramón Delgado", "ramon.delgado.atx@example.com",
              "Texas TDPSA named; access then deletion."),
))

add(Mail(
    "en-request-virginia-targeted-ads.eml",
    frm=addr("Charlotte Reyes-Byrd", "creyesbyrd@example.net"),
    subject="Opt out of targeted advertising",
    date="2026-10-28 15:10 -0400",
    client="outlook",
    text="""\
Good afternoon,

I live in Richmond, Virginia. Pursuant to the Virginia Consumer Data Protection Act, I am opting out of the processing of my personal data for purposes of targeted advertising and of any sale of my personal data.

I noticed ads for your products following me around on Instagram after I browsed your site, so I assume you share site activity with Meta. Please stop.

Charlotte Reyes-Byrd""",
    label=req(["opt_out_sale"], ["va_vcdpa"], "Charlotte Reyes-Byrd", "creyesbyrd@example.net",
              "VCDPA targeted-ads + sale opt-out (spec maps both to opt_out_sale)."),
))

add(Mail(
    "en-request-colorado-copy-portable.eml",
    frm=addr("Eli Nakamura", "eli.nakamura@example.org"),
    subject="Colorado Privacy Act request",
    date="2026-10-29 19:48 -0600",
    client="apple",
    domain="example.org",
    mailer="Apple Mail (2.3826.100.11)",
    text="""\
Hello,

I'm a Colorado resident (Boulder). Under the Colorado Privacy Act I'm requesting access to the personal data you have about me, and I'd like to get it in a portable, readily usable format that I can load into another service (a CSV or JSON export of my account and orders is perfect).

Thanks,
Eli Nakamura
eli.nakamura@example.org""",
    label=req(["access", "portability"], ["co_cpa"], "Eli Nakamura", "eli.nakamura@example.org",
              "CPA access + portable copy."),
))

add(Mail(
    "en-request-connecticut-correction.eml",
    frm=addr("Deborah Fitzsimmons", "deb.fitz@example.com"),
    subject="Correction of inaccurate personal data (CTDPA)",
    date="2026-11-02 09:14 -0500",
    client="thunderbird",
    domain="example.com",
    text="""\
Hello 3DPros,

Under the Connecticut Data Privacy Act I'm asking you to correct inaccurate personal data you hold about me.

Your records list my date of birth as 04/11/1987 (it is 11/04/1987 - looks like a day/month mix-up from your birthday-discount signup) and my mailing address is still my old one in Hartford. The correct address is 77 Wethersfield Ave, Apt 3, Hartford, CT 06114.

Please confirm once corrected.

Deborah Fitzsimmons""",
    label=req(["correction"], ["ct_ctdpa"], "Deborah Fitzsimmons", "deb.fitz@example.com",
              "CTDPA correction of records (DOB, address). Not an order-address fix."),
))

add(Mail(
    "en-request-pipeda-access-ontario.eml",
    frm=addr("Gurpreet Sandhu", "gurpreet.sandhu@example.ca"),
    subject="Access to personal information - PIPEDA",
    date="2026-11-03 11:20 -0500",
    client="outlook",
    content_language="en-CA",
    text="""\
Hello,

I live in Brampton, Ontario and have ordered from 3DPros twice (shipping to Canada). Under the Personal Information Protection and Electronic Documents Act (PIPEDA), I am requesting access to all personal information your organization holds about me, including how it has been used and to whom it has been disclosed.

Thank you,
Gurpreet Sandhu""",
    label=req(["access"], ["pipeda"], "Gurpreet Sandhu", "gurpreet.sandhu@example.ca",
              "PIPEDA access request."),
))

add(Mail(
    "en-request-pipeda-withdraw-consent.eml",
    frm=addr("Marie-Claire Tessier", "mc.tessier@example.ca"),
    subject="Withdrawing my consent",
    date="2026-11-04 20:33 -0400",
    client="gmail",
    text="""\
Hi,

Your privacy notice says that for people in Canada you rely on my consent and that I can withdraw it at any time. I'm withdrawing it. I don't want you to keep or use my information for "improving your services" or anything else beyond what the law forces you to keep, so please delete what you can.

I'm in Halifax, Nova Scotia.

Marie-Claire""",
    label=req(["withdraw_consent", "deletion"], ["pipeda"], "Marie-Claire Tessier", "mc.tessier@example.ca",
              "Canada: withdrawal of consent + deletion; Nova Scotia so PIPEDA (not Québec)."),
))

add(Mail(
    "en-request-forwarded-resend.eml",
    frm=addr("Walter Brennan-Ito", "walter.bi@example.com"),
    subject="Fwd: Data deletion request",
    date="2026-11-05 13:02 -0600",
    client="gmail",
    text="""\
Resending this - I think I sent it to the address on your old business card and never heard back. Please action the request below.

Walter

---------- Forwarded message ---------
From: Walter Brennan-Ito <walter.bi@example.com>
Date: Mon, Oct 12, 2026 at 4:10 PM
Subject: Data deletion request
To: <sales@3dpros-llc.example>


Hello,

Please delete all personal information you hold about me (customer since 2023, email walter.bi@example.com). I no longer use your services.

Thank you,
Walter Brennan-Ito""",
    label=req(["deletion"], [], "Walter Brennan-Ito", "walter.bi@example.com",
              "Forwarded earlier request with new text asking us to act on it: the request is carried by the new message."),
))

add(Mail(
    "en-request-confused-how-got-email.eml",
    frm=addr("Patricia Gallo", "patgallo1956@example.net"),
    subject="who are you",
    date="2026-11-06 10:21 -0500",
    client="yahoo",
    text="""\
I keep getting emails from 3DPros about printer filament sales. I have never bought anything from you, I don't even know what a 3D printer is. Where did you get my email address from?? And please remove it from your computer.

Pat Gallo""",
    label=req(["access", "deletion"], [], "Patricia Gallo", "patgallo1956@example.net",
              "Confused: source of data (access, Art.15(1)(g)-style question) + remove it (deletion). Marketing stops with deletion; opt_out_marketing not labelled since she asks to remove the address altogether."),
))

add(Mail(
    "en-request-typos-delet-acount.eml",
    frm=addr("Jordan", "jordyyy.k@example.com"),
    subject="acount",
    date="2026-11-09 23:58 -0600",
    client="apple",
    domain="example.com",
    text="""\
pls delet my acount and al the info u have on me. thx

Sent from my iPhone""",
    text_only=True,
    label=req(["deletion"], [], "Jordan", "jordyyy.k@example.com",
              "Typo-ridden one-liner deletion."),
))

add(Mail(
    "en-request-gdpr-access-portability-erasure.eml",
    frm=addr("Friederike Baumann", "f.baumann@example.net"),
    subject="GDPR: copy of my data, then erase",
    date="2026-11-10 08:07 +0100",
    client="thunderbird",
    domain="example.net",
    content_language="de-DE",
    text="""\
Dear 3DPros team,

I live in Hamburg and ordered resin prints from you last winter. I'd like to exercise my rights under the GDPR:

- Art. 15: please confirm what personal data you hold about me and send me a copy;
- Art. 20: please provide the data I gave you (account, orders, uploaded files) in a machine-readable format;
- Art. 17: after you've sent me the above, please erase my data and close my account.

Best regards,
Friederike Baumann""",
    label=req(["access", "portability", "deletion"], ["gdpr"], "Friederike Baumann", "f.baumann@example.net",
              "Three articles in sequence, German resident writing English."),
))

add(Mail(
    "en-request-art21-2-direct-marketing.eml",
    frm=addr("Anders Holm", "anders.holm@example.org"),
    subject="Objection to direct marketing",
    date="2026-11-11 14:44 +0100",
    client="outlook",
    content_language="en-GB",
    text="""\
Hello,

I object, pursuant to Article 21(2) GDPR, to the processing of my personal data for direct marketing purposes, including the "We miss you" discount emails and any marketing profiling. Please confirm that my data will no longer be processed for these purposes.

Anders Holm
Copenhagen""",
    label=req(["opt_out_marketing"], ["gdpr"], "Anders Holm", "anders.holm@example.org",
              "Art. 21(2) objection to direct marketing = opt_out_marketing per spec (not objection)."),
))

add(Mail(
    "en-request-restrict-warranty-claim.eml",
    frm=addr("Bill Ostrander", "bill@ostrander-rc.example"),
    subject="hold my data, don't delete yet",
    date="2026-11-12 16:05 -0600",
    client="gmail",
    text="""\
Hey guys,

Last month I asked on the phone about getting my info removed. Change of plans: I've got a warranty fight going with the printer manufacturer and I may need your print logs and my order records from March.

So please DON'T delete anything yet, but also don't use my info for anything else (no emails, no sharing, nothing) until I tell you. Basically freeze it.

Bill Ostrander""",
    label=req(["restriction"], [], "Bill Ostrander", "bill@ostrander-rc.example",
              "Plain-language restriction ('freeze it'), no law named."),
))

add(Mail(
    "en-request-object-research-sharing.eml",
    frm=addr("Imogen Drake", "imogen.drake@example.co.uk"),
    subject="Objection - use of my order data for 'product research'",
    date="2026-11-13 09:30 +0000",
    client="outlookcom",
    content_language="en-GB",
    text="""\
Hello,

Your October customer email said order data would be used "to help our partners at a university study home 3D printing habits". I object to my personal data being used or shared for that purpose. I rely on my right to object under Article 21 of the UK GDPR; the processing is based on your legitimate interests and my interests outweigh them here.

Please confirm you will exclude my data.

Imogen Drake
Bristol""",
    label=req(["objection"], ["uk_gdpr"], "Imogen Drake", "imogen.drake@example.co.uk",
              "Art. 21(1)-style objection to research use/sharing (not marketing)."),
))

add(Mail(
    "en-request-withdraw-consent-design-files.eml",
    frm=addr("Tomasz Wierzbicki", "tomasz.w@example.com"),
    subject="consent for my files",
    date="2026-11-16 07:50 -0600",
    client="yahoo",
    text="""\
Hello,

When I uploaded my drone camera mount design in the spring I ticked the box that lets you use my files and name as examples in your portfolio. I want to take that back, I no longer consent to that. Please don't use them as examples anymore.

Orders themselves are fine, I'll keep ordering.

Tomasz""",
    label=req(["withdraw_consent"], [], "Tomasz Wierzbicki", "tomasz.w@example.com",
              "Withdraws a consent checkbox (portfolio use); keeps customer relationship."),
))

add(Mail(
    "en-request-shine-the-light-and-know.eml",
    frm=addr("Harold Jimenez", "harold.jimenez@example.net"),
    subject="Two California privacy requests",
    date="2026-11-17 12:12 -0800",
    client="outlook",
    text="""\
Hello,

I'm a California resident and I'm making two requests:

1. Under Civil Code 1798.83 (Shine the Light), tell me which third parties, if any, received my personal information for their own direct marketing during 2025.

2. Under the CCPA, tell me the categories and specific pieces of personal information you have collected about me.

My account email is this one.

Harold Jimenez
Bakersfield, CA""",
    label=req(["shine_the_light", "access"], ["ca_shine_the_light", "ccpa"], "Harold Jimenez", "harold.jimenez@example.net",
              "Two requests in one message."),
))

add(Mail(
    "en-request-swiss-fadp-access.eml",
    frm=addr("Luca Brunner", "luca.brunner@example.ch"),
    subject="Information request under the Swiss FADP",
    date="2026-11-18 10:03 +0100",
    client="gmail",
    text="""\
Dear Sir or Madam,

I live in Zurich and bought a custom enclosure from your shop in 2025. Under Art. 25 of the Swiss Federal Act on Data Protection (revFADP / nDSG), I request information on whether you process personal data about me and, if so, which data, for what purpose, for how long, and to which recipients (including any abroad).

Kind regards,
Luca Brunner""",
    label=req(["access"], ["fadp"], "Luca Brunner", "luca.brunner@example.ch",
              "Swiss nFADP access request in English."),
))

add(Mail(
    "en-request-minor-removal-gallery-comment.eml",
    frm=addr("Ava", "ava.sketchbook@example.com"),
    subject="remove my comment pls",
    date="2026-11-19 17:26 -0800",
    client="apple",
    domain="example.com",
    text="""\
hi!! i was 14 when i posted a comment and a pic of my minecraft figurines on your maker wall thing and it has my full name. im 15 now and live in cali. can you take it down please? my mom said i can ask you

Sent from my iPhone""",
    text_only=True,
    label=req(["minor_removal"], ["ccpa"], "Ava", "ava.sketchbook@example.com",
              "Minor (15, California) asks removal of her own post; not an agent request."),
))
