"""Set C: English privacy requests, many pasted from published template letters (datenanfragen.de, dmarti
privacy-docs, JustVanish, Diogenes Protocol, noyb's sample letter, UK SAR templates) the way people paste
them into an email, plus US state-law requests."""

from common import FORMS, R
from kit import Att, fake_pdf

# ---------------------------------------------------------------- UK SAR (ICO / Big Brother Watch style)

R("en-request-uk-sar-template.eml", "Alistair Munro", "alistair.munro@example.com",
  "Subject Access Request - Alistair Munro", "2026-09-02 08:47 +0100",
  """Alistair Munro
14 Warrender Park Road
Edinburgh EH9 1EG

2 September 2026

3DPros LLC
2307 Hayfield Square
Pflugerville, TX 78660

To the data compliance and protection team,

Re: Alistair Munro, 14 Warrender Park Road, Edinburgh EH9 1EG

I am writing to make a subject access request under Article 15 of the UK GDPR for any personal
information you hold about me. This should include my customer account, order history (I believe my
first order was in 2024), any notes made by your staff, and records of emails you have sent me.

To help you locate my information: I have ordered under this email address and my most recent order
was 3D-4592 in August 2026.

I would be grateful if you could confirm receipt of this request by email. If you need anything else
to confirm my identity, please let me know.

Yours faithfully,

Alistair Munro""", client="outlookcom", content_language="en-GB", types=["access"], regimes=["uk_gdpr"],
  notes="UK SAR pasted from a published template letter (address block, 'Re:' line); Edinburgh.")

# ---------------------------------------------------------------- datenanfragen.de generator letters (CC0)

R("en-request-datenanfragen-access.eml", "Lorenzo Vella", "lorenzo.vella@melita-mail.example",
  "Request for access to personal data according to Article 15 GDPR", "2026-09-07 21:06 +0200",
  """To Whom It May Concern:

I am hereby requesting access according to Article 15 GDPR. Please confirm whether or not you are
processing personal data (as defined by Article 4(1) and (2) GDPR) concerning me.

In case you are, please, in accordance with Art. 15(3) GDPR, provide me with a copy of all personal data
concerning me that you are processing, including any potential pseudonymised data on me as per Article
4(5) GDPR. I am further requesting access to the following information pursuant to Article 15(1) GDPR:
1. the purposes of the processing;
2. the categories of personal data concerned;
3. the recipients or categories of recipient to whom the personal data have been or will be disclosed;
4. where possible, the envisaged period for which the personal data will be stored, or, if not
possible, the criteria used to determine that period;
5. where the personal data are not collected from the data subject, any available information as to
their source;
6. the existence of automated decision-making, including profiling, referred to in Article 22(1) and
(4) GDPR and, at least in those cases, meaningful information about the logic involved, as well as the
significance and the envisaged consequences of such processing for me.

If you are transferring my personal data to a third country or an international organisation, I
request to be informed about the appropriate safeguards according to Article 46 GDPR concerning the
transfer.

Please make the personal data concerning me, which I have provided to you, available to me in a
structured, commonly used and machine-readable format as laid down in Article 20(1) GDPR.

My request explicitly includes any other services and companies for which you are the controller as
defined by Article 4(7) GDPR.

As laid down in Article 12(3) GDPR, you have to provide the requested information to me without undue
delay and in any event within one month of receipt of the request. According to Article 15(3) GDPR, you
have to answer this request without cost to me.

I include the following information necessary to identify me:
Name: Lorenzo Vella
Email: lorenzo.vella@melita-mail.example
Address: 22, Triq il-Kbira, Mosta MST 1012, Malta
Customer number: C-10448

If you do not answer my request within the stated period, I reserve the right to take legal action
against you and to lodge a complaint with the responsible supervisory authority.

Thank you in advance.

Yours sincerely,
Lorenzo Vella""", client="thunderbird", domain="melita-mail.example",
  types=["access", "portability"], regimes=["gdpr"],
  notes="datenanfragen.de English access letter with the optional Art. 20 block included: access + portability. Malta.")

R("en-request-datenanfragen-erasure-objection.eml", "Kasia Nowak", "kasia.nowak@eircom.example",
  "Request for erasure of personal data according to Article 17 GDPR", "2026-09-18 22:40 +0100",
  """To Whom It May Concern:

I am hereby requesting immediate erasure of personal data concerning me according to Article 17 GDPR.

Please erase all personal data concerning me as defined by Article 4(1) GDPR.

If I have given consent to the processing of my personal data, I am hereby withdrawing said consent for
the entire process.
In addition, I am objecting to the processing of personal data concerning me (which includes
profiling), according to Article 21(1) GDPR. I never agreed to being tracked across your website and I
do not want my browsing linked to my orders. I request that you restrict the processing of the data
concerning me pending the verification whether your legitimate grounds override mine, pursuant to Art.
18(1)(d) GDPR.

I am of the opinion that the requirements set forth in Article 17(1) GDPR are fulfilled. You cannot
claim an exception based on Article 17(3) GDPR either, particularly as I am not a public figure.

In case you have disclosed the affected personal data to third parties, you have to communicate my
request for erasure of the affected personal data, as well as any references to it, to each recipient
as laid down in Article 19 GDPR. Please also inform me about those recipients.

If you object to the requested erasure, you have to justify that to me.

As laid down in Article 12(3) GDPR, you have to confirm the erasure to me without undue delay and in
any event within one month of receipt of the request.

I include the following information necessary to identify me:
Name: Katarzyna (Kasia) Nowak
Email: kasia.nowak@eircom.example
Address: Apt 6, 19 Leeson Street Lower, Dublin 2, Ireland

If you do not answer my request within the stated period, I reserve the right to take legal action
against you and to lodge a complaint with the responsible supervisory authority.

Thank you in advance.

Yours sincerely,
Kasia Nowak""", types=["deletion", "withdraw_consent", "objection", "restriction"], regimes=["gdpr"],
  notes="datenanfragen.de erasure letter with the objection block: erasure, explicit (conditional) withdrawal "
        "of consent, Art. 21(1) objection and Art. 18(1)(d) restriction pending verification. Informing "
        "about recipients is part of Art. 19, not a separate access request. Dublin.")

R("en-request-datenanfragen-direct-marketing.eml", "Claire Weber", "claire.weber@pt-lu.example",
  "Objection to processing for direct marketing according to Article 21(2) GDPR", "2026-10-21 07:15 +0200",
  """To Whom It May Concern:

I am hereby objecting to the processing of personal data concerning me for direct marketing purposes
according to Article 21(2) GDPR. This objection includes the use for profiling to the extent that it is
related to direct marketing.

If I have given consent to the processing of my personal data for direct marketing purposes (e.g.
according to Article 6(1) or Article 9(2) GDPR), I am hereby withdrawing said consent.

Please tell me in advance if the objection will result in the deletion of an account I may have with
you, the cancellation of a contract I may have with you, or similar. I will then decide whether this
should be carried out.

As laid down in Article 12(3) GDPR, you have to confirm the objection to me without undue delay and in
any event within one month of receipt of the request.

I am including the following information necessary to identify me:
Name: Claire Weber
Email: claire.weber@pt-lu.example
Country: Luxembourg

If you do not answer my request within the stated period, I reserve the right to take legal action
against you and to lodge a complaint with the responsible supervisory authority.

Thank you in advance.

Yours sincerely,
Claire Weber""", types=["opt_out_marketing", "withdraw_consent"], regimes=["gdpr"],
  notes="datenanfragen.de Art. 21(2) letter: direct-marketing objection (= opt_out_marketing) plus explicit "
        "withdrawal of marketing consent. The account-deletion question is conditional, not a deletion request.")

# ---------------------------------------------------------------- dmarti privacy-docs (CC-BY-4.0)

R("en-request-ccpa-opt-out-letter.eml", "Gabriel Ochoa", "gabriel.ochoa@example.net", "CCPA opt-out",
  "2026-09-10 09:30 -0700",
  """To whom it may concern:

Any information I provide to you may be used solely
for the limited purpose of complying with the request
stated in this letter.

I opt out of the sale of my personal information.

I am a California resident.  My address is

4518 Lemon Grove Ave
Los Angeles, CA 90029

My phone number is (323) 555-0161.

According to the California Consumer Privacy Act
Regulations, "A request to opt-out need not be a verifiable
consumer request."

You must act on this opt-out without requiring any
further action from me.

## If you choose not to act on this opt-out

According to the CCPA regulations, you may only deny this
request if you have a good-faith, reasonable, and
documented belief that this opt-out is fraudulent.

## Transfer of my personal information to Facebook

Upon receipt of this opt-out, you are no longer
permitted, by law, or by Facebook policy, to use
my personal information for any Facebook Custom
Audience.

Please reply to this request within 15 days by email to:

gabriel.ochoa@example.net

either to confirm that you have completed all
required action, or to provide an explanation of your
good-faith, reasonable, and documented belief that
this request is fraudulent.

Thank you for your help.

Sincerely,

Gabriel Ochoa""", types=["opt_out_sale"], regimes=["ccpa"],
  notes="dmarti CCPA opt-out letter (hard-wrapped, markdown headings). 'may be used solely for the limited "
        "purpose' and the custom-audience paragraph are boilerplate: opt_out_sale only.")

R("en-request-art21-direct-marketing.eml", "Fiona MacLeod", "fiona.macleod@example.org",
  "Objection to direct marketing", "2026-11-04 19:52 +0000",
  """Dear 3DPros,

I am writing to exercise my right under Article 21.3 of the GDPR to object to any and all processing for
direct marketing purposes of personal data relating to me.

This includes, but is not limited to:

 * Acquiring or generating personal data relating to me from any source

 * Associating, attributing or inferring any category, trait or demographic label with/to/from personal
   data relating to me from any source

 * Targeting me, or anyone else based on processing operations performed on personal data relating to
   me from any source

-where the intent or objective of doing so is to design, create, select, designate, report on, analyse
or otherwise contribute to direct marketing activities at any time; now or in future.

I require you to cease any such processing with immediate effect, and take the necessary steps to
ensure the exclusion of personal data relating to me from any future processing operations for direct
marketing purposes.

I look forward to your acknowledgement of this objection.

Yours etc
Fiona MacLeod
Inverness""", content_language="en-GB", types=["opt_out_marketing"], regimes=["uk_gdpr"],
  notes="dmarti Art. 21(3) direct-marketing objection: opt_out_marketing (not objection). Scotland.")

# ---------------------------------------------------------------- JustVanish (MIT)

R("en-request-ccpa-delete-letter.eml", "Yolanda Brooks", "yolanda.brooks@example.com",
  "Request to delete personal information (CCPA)", "2026-09-24 10:12 -0700",
  """Dear Privacy Compliance Officer,

My name is Yolanda Brooks. I reside in California and am exercising my right to delete my personal
information under the California Consumer Privacy Act. I request that 3DPros LLC deletes all of the
information it has collected about me, whether directly from me, through a third party, or through a
service provider.

I use the following email addresses:
- yolanda.brooks@example.com
- ybrooks.art@example.net

My phone numbers are:
- (619) 555-0139

If you need any more information from me, please let me know as soon as possible. If you cannot comply
with my request-either in whole or in part-please state the reason why you cannot comply. If part of my
information is subject to an exception, please delete all information that is not subject to an
exception. If my request is incomplete, please provide me with specific instructions on how to complete
my request.

Sincerely,

Yolanda Brooks

2026-09-24""", types=["deletion"], regimes=["ccpa"],
  notes="JustVanish CCPA deletion letter; the 'state the reason' sentences are boilerplate.")

R("en-request-ccpa-know-letter.eml", "Ahmed Siddiqui", "ahmed.siddiqui@example.org",
  "CCPA Request to Know", "2026-10-15 16:44 -0700",
  """Dear Privacy Compliance Officer,

My name is Ahmed Siddiqui. I reside in California and am exercising my data access right under the
California Consumer Privacy Act to see a copy of the categories and the specific pieces of personal
information that 3DPros LLC has collected about me.

I request to see a copy of any and all of the records you have pertaining to me including but not
limited to:

- Specific pieces of personal information that you have collected about me including all information or
content provided or posted by me, any information you have collected about me, or any personal
information you have obtained or acquired about me from a third party business or service provider.
- Any inferences you have made about me.
- Categories of personal information you have collected about me;
    - Categories of sources from which my personal information is collected;
    - Categories of personal information that you have sold or disclosed for a business purpose about
    me;
    - Categories of third parties to whom my personal information was sold or disclosed for a business
    purpose; and
    - The business or commercial purpose for collecting or selling my personal information.

I use the following email addresses:
- ahmed.siddiqui@example.org

If you need any more information from me, please let me know as soon as possible.

Sincerely,

Ahmed Siddiqui

2026-10-15""", client="outlookcom", types=["access"], regimes=["ccpa"],
  notes="JustVanish CCPA request to know: access only (the 'sold' categories are part of the right to know).")

# ---------------------------------------------------------------- Diogenes Protocol (CC-BY-4.0)

R("en-request-rectification-template.eml", "Harriet Cole", "harriet.cole@example.net",
  "Data Rectification Request - Harriet Cole - Order 3D-4877", "2026-10-27 12:20 +0000",
  """To: 3DPros LLC / Support

I request correction of inaccurate personal data held about me.

Identifiers:
- Name: Harriet Cole
- Email(s): harriet.cole@example.net
- Account/Reference: order 3D-4877

Data to correct:
- Field: name
- Current value: Harriet Coles
- Correct value: Harriet Cole
- Field: phone
- Current value: 07700 900112
- Correct value: 07700 900431

Please confirm in writing when the correction is completed and whether the corrected data has been
propagated to processors/third parties where applicable.

Regards,
Harriet Cole
United Kingdom""", content_language="en-GB", types=["correction"], regimes=["uk_gdpr"],
  notes="Diogenes Protocol rectification template filled in; 'please confirm' is boilerplate.")

# ---------------------------------------------------------------- noyb-style sample letter

R("en-request-noyb-sample-access.eml", "Thomas Peeters", "thomas.peeters@telenet.example",
  "Right of access pursuant to Article 15 GDPR", "2026-09-29 13:03 +0200",
  """Thomas Peeters
Kerkstraat 41
2000 Antwerpen
Belgium

To: 3DPros LLC, 2307 Hayfield Square, Pflugerville, TX 78660, USA
Customer number: C-09921

Right of access pursuant to Article 15 GDPR

To whom it may concern,

Pursuant to Article 15 GDPR I request to know whether my personal data is being processed by your
company. If this is the case, I request access to my personal data and to the information listed in
Article 15(1) and (2) GDPR.

Please confirm receipt of this request. In accordance with Article 12(3) GDPR, I expect information on
the action taken by 29 October 2026 at the latest.

If you do not comply, I will contact a data protection authority and reserve the right to take further
legal steps, including claims for damages under Article 82 GDPR.

Kind regards,
Thomas Peeters""", types=["access"], regimes=["gdpr"],
  notes="Access request in the shape of noyb's published sample letter (adapted); Belgium.")

# ---------------------------------------------------------------- California agents, CPRA, Shine the Light, minors

R("en-request-agent-optout-app.eml", "Danielle Kim", "danielle.kim@example.com",
  "Do Not Sell or Share request submitted by OptWell on behalf of Danielle Kim", "2026-09-16 05:12 -0700",
  """OptWell - Authorized Agent Request

Hello 3DPros LLC,

OptWell is acting as an authorized agent under the California Consumer Privacy Act for the consumer
below. The consumer has signed a permission letter authorizing OptWell to submit this request
(attached).

Request type: Do Not Sell or Share My Personal Information
Consumer: Danielle Kim
Email: danielle.kim@example.com
State of residence: California

A request to opt out does not need to be verified. Please reply to this email to confirm when the
request has been completed. The consumer is copied on this message.

Thank you,
The OptWell team
agent@optwell.example""", client="plain", frm="OptWell Agent <agent@optwell.example>", cc="danielle.kim@example.com",
  reply_to="agent@optwell.example", mailer="OptWell/2.4",
  attachments=[Att("permission_letter_Danielle_Kim.pdf", "application/pdf",
                   fake_pdf("Permission letter", ["PERMISSION LETTER", "I, Danielle Kim, authorize OptWell",
                                                  "to submit opt-out requests on my behalf.", "Signed 09/01/2026"]))],
  agent=("OptWell", "agent@optwell.example"), types=["opt_out_sale"], regimes=["ccpa"],
  notes="Consumer-group-style authorized agent (Permission Slip-like, fictitious), consumer in Cc.")

R("en-request-cpra-limit-sensitive.eml", "Natalie Fuentes", "natalie.fuentes@example.net",
  "Request to Limit Use of Sensitive Personal Information", "2026-10-08 11:58 -0700",
  """To 3DPros LLC:

Pursuant to Cal. Civ. Code section 1798.121, I direct you to limit your use and disclosure of my
sensitive personal information to that which is necessary to perform the services or provide the goods
I requested. This includes my precise geolocation, which your website collects.

Name: Natalie Fuentes
Email: natalie.fuentes@example.net
City: Sacramento, California

Please do not require me to create an account to process this request.

Natalie Fuentes""", client="yahoo", types=["limit_sensitive"], regimes=["ccpa"],
  notes="CPRA right to limit (Civ. Code 1798.121) letter.")

R("en-request-webform-json-limit-sensitive.eml", "Omar Haddad", "omar.haddad@example.org",
  "Webhook: privacy-request #3307", "2026-11-28 03:40 -0800",
  """{"event":"form_submission","form":"privacy-request","id":3307,"created":"2026-11-28T11:40:05Z","data":{"name":"Omar Haddad","email":"omar.haddad@example.org","state":"California","requests":["limit_sensitive_pi"],"requests_display":["Limit the Use of My Sensitive Personal Information"],"message":"I told you about my disability when ordering the adapted controller. Please only use that for my order."}}""",
  client="webform", frm=FORMS, mailer="3dpros-forms/1.4", form=True, types=["limit_sensitive"], regimes=["ccpa"],
  notes="One-line JSON webhook body; limit use of sensitive PI (health).")

R("en-request-shine-light-and-stop-selling.eml", "Beatrice Lowell", "bea.lowell@example.com",
  "two requests", "2026-11-18 20:30 -0800",
  """Hello,

I'm a California resident. Please tell me which companies you gave my info to for their own direct
marketing last year, and stop selling it.

Bea Lowell
Santa Cruz""", types=["shine_the_light", "opt_out_sale"], regimes=["ca_shine_the_light", "ccpa"],
  notes="Two asks in one sentence: Shine the Light disclosure and opt-out of sale.")

R("en-request-webform-html-shine-light.eml", "Curtis Yamamoto", "curtis.yamamoto@example.net",
  "New form entry: Privacy Request", "2026-12-03 10:15 -0800",
  html="""<html><body>
<h3 style="font-family:Helvetica">Privacy Request</h3>
<table style="font-family:Helvetica;font-size:13px" cellpadding="4">
<tr><th align="left">Name</th><td>Curtis Yamamoto</td></tr>
<tr><th align="left">Email</th><td>curtis.yamamoto@example.net</td></tr>
<tr><th align="left">State</th><td>CA</td></tr>
<tr><th align="left">Request</th><td>&#9745; California Shine the Light (Civ. Code 1798.83)<br>&#9744; Access<br>&#9744; Deletion<br>&#9744; Do Not Sell or Share</td></tr>
<tr><th align="left">Notes</th><td>for calendar year 2025</td></tr>
</table>
<p style="font-size:11px;color:#777">Sent by Forminator on 3dpros.com</p>
</body></html>""", html_only=True, client="webform", frm=FORMS, reply_to="curtis.yamamoto@example.net",
  form=True, types=["shine_the_light"], regimes=["ca_shine_the_light", "ccpa"],
  notes="HTML-only form table with ballot-box characters: only the ticked box counts.")

R("en-request-minor-removal-17.eml", "Sofia Marquez", "sofia.marquez.08@example.com",
  "Request to remove content I posted as a minor", "2026-10-01 17:25 -0700",
  """Hello,

I'm 17 and live in Riverside, California. When I was 15 I posted a build log with photos of myself on
your community page (username sofi_prints). Under California's law that lets minors remove content
they posted, I'm asking you to remove those posts and photos from your site.

Thank you,
Sofia Marquez""", types=["minor_removal"], regimes=["ccpa"],
  notes="California minor removal, law referred to but not by section.")

R("en-request-minor-teen-slang.eml", "Kai Thompson", "kaiboi.t@example.net", "yo",
  "2026-11-06 15:40 -0800",
  """yo can u delete the pic i posted of me w my rc car on ur community page?? i posted it like last yr n
now ppl at school found it lol. im 13. i live in LA

kai""", types=["minor_removal"], regimes=["ccpa"],
  notes="A 13-year-old asks to take down a photo of himself that he posted; California (LA).")

R("en-request-parent-removal-daughter.eml", "Lily Nakamura", "lily.nakamura.art@example.com",
  "Please remove my daughter's posts", "2026-11-24 08:02 -0800",
  """Good morning,

My daughter Lily Nakamura (she's 12) has been posting her 3D pen and print artwork on your community
gallery under lily.nakamura.art@example.com, with her full name. She is too young to have her name out
there. As her parent I'm asking you to take down everything she posted.

We're in San Diego County, California.

Thanks,
Ken Nakamura""", client="outlookcom", frm="Ken Nakamura <ken.nakamura@example.net>",
  agent=("Ken Nakamura", "ken.nakamura@example.net"), types=["minor_removal"], regimes=["ccpa"],
  notes="Parent as agent for a 12-year-old; requester is the daughter.")

# ---------------------------------------------------------------- other US states

R("en-request-connecticut.eml", "Rachel Goldberg", "rgoldberg@example.com",
  "Connecticut privacy request", "2026-09-14 14:02 -0400",
  """Hi,

Under the Connecticut Data Privacy Act I'm asking you to (1) opt me out of the sale of my personal data
and targeted advertising and (2) delete the personal data you have about me.

Rachel Goldberg
New Haven, CT""", types=["opt_out_sale", "deletion"], regimes=["ct_ctdpa"], notes="Connecticut opt-out and deletion.")

R("en-request-utah.eml", "Tanner Christensen", "tanner.christensen@example.net", "delete my info",
  "2026-10-19 18:48 -0600",
  """Hey, I'm in Provo, Utah. Please delete the personal data you collected from me. I think I have rights
under the Utah Consumer Privacy Act for this. Thanks!

Tanner""", types=["deletion"], regimes=["ut_ucpa"], notes="Utah deletion request.")

R("en-request-indiana-portable-copy.eml", "Denise Whitley", "denise.whitley@example.org",
  "Indiana consumer data request", "2026-11-30 10:05 -0500",
  """Hello,

I'm an Indiana resident. Under Indiana's consumer data protection law, please provide me a copy of the
personal data I gave you in a portable and readily usable format so I can transfer it to another
business.

Denise Whitley
Fort Wayne, IN""", types=["portability"], regimes=["in_icdpa"],
  notes="Indiana: copy in a portable format to transfer it (portability).")

R("en-request-tennessee-appeal.eml", "Wade Holcomb", "wade.holcomb@example.com",
  "Appeal - denied data request", "2026-10-23 09:36 -0500",
  """To 3DPros,

On September 2 I asked for a copy of my personal data and on September 30 your team told me you would
not provide it because my account "could not be verified". I verified with the same email and order
number you have on file.

I am appealing that decision under the Tennessee Information Protection Act. Please review it and send
me a written explanation of the result.

Wade Holcomb
Knoxville, TN""", types=["appeal"], regimes=["tn_tipa"],
  notes="Appeal of an earlier refusal (outside this mailbox); Tennessee law named.")

R("en-request-montana-correction.eml", "Shelby Rourke", "shelby.rourke@example.net", "fix my info please",
  "2026-09-26 11:21 -0600",
  """Hi there - your system has my name as Shelby Rourk (missing the e) and my phone as 406-555-0188,
which was my old number. New one is 406-555-0129. I'm in Missoula, Montana. Please correct these.

Shelby""", types=["correction"], regimes=["mt_mcdpa"], notes="Montana correction of name and phone.")

R("en-request-delaware.eml", "Vincent DiNapoli", "vdinapoli@example.com", "Deletion request - Delaware",
  "2026-10-29 13:13 -0400",
  """To whom it may concern,

I am a Delaware resident and I request that you delete all personal data you hold about me under the
Delaware Personal Data Privacy Act.

Vincent DiNapoli
Wilmington, DE 19806""", client="outlook", types=["deletion"], regimes=["de_dpdpa"],
  notes="Delaware deletion request.")

R("en-request-nebraska.eml", "Loretta Frandsen", "loretta.frandsen@example.net",
  "stop the emails and delete my data", "2026-10-05 07:44 -0500",
  """Good morning,

Please stop sending me your marketing emails and delete my personal data. I live in Lincoln, Nebraska.

Thank you,
Loretta Frandsen""", types=["opt_out_marketing", "deletion"], regimes=["ne_dpa"],
  notes="Stop marketing and delete; Nebraska.")

R("en-request-maryland-sensitive.eml", "Jerome Hastings", "jerome.hastings@example.org",
  "Sensitive data - Maryland", "2026-11-20 12:30 -0500",
  """Hi,

When I ordered the custom hearing-aid case I mentioned my hearing loss and my audiologist's
measurements. I live in Baltimore. Under Maryland's Online Data Privacy Act I don't want that health
information used for anything except making my case - please limit its use to that.

Jerome Hastings""", types=["limit_sensitive"], regimes=["md_odpa"],
  notes="Limit use of sensitive (health) data; Maryland law named.")

# ---------------------------------------------------------------- complaints

R("en-request-complaint-ignored-request.eml", "Niamh Gallagher", "niamh.gallagher@eircom.example",
  "Your failure to answer my GDPR request", "2026-11-27 16:20 +0000",
  """To Whom It May Concern:

On 14 August 2026 I sent you a request according to Article 15 GDPR. Unfortunately, I have not received
an answer so far. The period of one month according to Article 12(3) sentence 1 GDPR is therefore
exceeded. I find the way my request has simply been ignored unacceptable and I am making a formal
complaint about it.

That is why I am contacting you again. After the arrival of this admonition, please adequately answer
my request within two weeks. Otherwise, I reserve the right to take legal action against you and to
lodge a complaint with the responsible supervisory authority.

Yours sincerely,
Niamh Gallagher
Galway, Ireland""", types=["complaint", "access"], regimes=["gdpr"],
  notes="datenanfragen.de admonition adapted, as a new message about a request that is not in this mailbox, "
        "with an explicit complaint: complaint + renewed access demand.")

R("en-request-complaint-excessive-id.eml", "Graham Foster", "graham.foster@example.com",
  "Complaint about your verification demands", "2026-10-31 10:48 +0000",
  """Hello,

I'd like to make a complaint about how my privacy request is being handled. When I asked on the phone
last week what you hold about me, your colleague said I would have to send a full passport scan AND a
utility bill before you would even look. That is far more than you need to identify a customer who has
ordered from the same email for three years, and I'm not comfortable sending it.

Please review how you handle these requests.

Graham Foster
Bath""", content_language="en-GB", types=["complaint"], regimes=["uk_gdpr"],
  notes="Complaint about how a (phone) request is handled; no renewed demand in writing: complaint only.")

# ---------------------------------------------------------------- Australia, Canada

R("en-request-australia-correction.eml", "Bronwyn Tate", "bronwyn.tate@bigpond.example",
  "Correction of my personal information (APP 13)", "2026-10-11 09:10 +1100",
  """Hi team,

Under Australian Privacy Principle 13 I'm asking you to correct my personal information. Your records
have my postcode as 2036 (I moved) and my surname as Tait. Correct details: Bronwyn Tate, 18 Banksia
Street, Newtown NSW 2042.

Cheers,
Bronwyn""", types=["correction"], regimes=["au_privacy"], notes="Australian APP 13 correction.")

R("en-request-pipeda-withdraw-consent.eml", "Marc-Andr\u00e9 LeBlanc", "ma.leblanc@eastlink.example",
  "Withdrawing consent", "2026-11-15 14:25 -0400",
  """Hello,

I'm withdrawing my consent for 3DPros to use my personal information for anything other than
completing orders I place. That includes the customer-feedback panel I signed up for last year.

Marc-Andr\u00e9 LeBlanc
Halifax, Nova Scotia""", types=["withdraw_consent"], regimes=["pipeda"],
  notes="Withdrawal of consent; Nova Scotia (PIPEDA).")
