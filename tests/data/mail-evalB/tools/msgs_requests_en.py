"""Set B: English privacy requests (everyday customer mail first, then formal letters, agents and forms)."""

from common import FORMS, R
from kit import Att, fake_pdf

# ---------------------------------------------------------------- terse opt-outs

R("en-request-unsubscribe-empty-body.eml", "Kevin Burns", "kburns77@example.net", "unsubscribe",
  "2026-09-03 07:12 -0700", "", client="apple", text_only=True, domain="example.net",
  types=["opt_out_marketing"], regimes=[],
  notes="Subject 'unsubscribe' and an empty body from an iPhone: a marketing opt-out.")

R("en-request-stop-emailing-me.eml", "Rhonda Keyes", "rkeyes_1962@example.com",
  "Re: \U0001F383 Spooky Season Sale \u2014 20% off all PLA & PETG", "2026-10-14 18:41 -0500",
  """stop emailing me.

--- Original Message ---
From: 3DPros <3dprosteam@gmail.com>
Subject: \U0001F383 Spooky Season Sale \u2014 20% off all PLA & PETG

Hi maker! Our biggest filament sale of the fall is here. Stock up on PLA, PETG and silk blends
through October 31. Use code SPOOKY20 at checkout.
""", client="yahoo", types=["opt_out_marketing"], regimes=[],
  notes="Reply to our newsletter: 'stop emailing me'. RFC 2047 subject with emoji.")

R("en-request-how-get-off-list.eml", "Deshawn", "dshawn.w@example.org", "?", "2026-11-02 22:03 -0600",
  """how do i get off ur list

Sent from my Galaxy""", client="plain", mailer="Samsung Email", types=["opt_out_marketing"], regimes=[],
  notes="Terse, informal marketing opt-out from a phone.")

# ---------------------------------------------------------------- hidden requests

R("en-request-ps-delete-account.eml", "Maggie Olsen", "maggie.olsen@example.com", "The dragon arrived!!",
  "2026-09-09 20:15 -0500",
  """Hi Dana and Marco,

Just wanted to say the articulated dragon got here yesterday and my daughter has not put it down
since. The color shift on the silk filament is gorgeous, way nicer than the photos. She named him
Sprocket. We will definitely be ordering the baby dragons for her cousins at Christmas.

Thanks for the handwritten note too, that was a sweet touch.

Maggie

P.S. I only made an account because the checkout made me. Once the return window is over could you
delete my account and whatever info you have on me? I'll just check out as a guest next time.""",
  types=["deletion"], regimes=[],
  notes="Friendly thank-you; the deletion request is only in the P.S.")

_thread = """Marco Ruiz wrote on 09/11/2026 10:02:
> Hi Gareth,
>
> Sorry about that! It looks like the bed adhesion failed on the last few layers and nobody
> caught it at QC. We've reprinted the base in PETG this time (less prone to warping) and it
> ships tomorrow with tracking 9405 5036 9930 0412 7781 22. No need to send the old one back.
>
> Marco
> 3DPros LLC
>
> Gareth Pryce wrote on 09/10/2026 16:47:
>> Hello,
>>
>> The display base for the Millennium Falcon kit (order 3D-4982) arrived warped, it rocks
>> on the shelf by about 3mm on one corner. Photos attached. The ship itself is perfect.
>>
>> Can you send a replacement base or should I return the whole thing?
>>
>> Thanks,
>> Gareth
>
> Gareth Pryce wrote on 09/10/2026 18:05:
>> Also forgot to say, the invoice shows my old flat (Flat 2, 14 Cathedral Road) but the
>> parcel came to the right place so no worries there.
"""

R("en-request-bottom-post-long-thread.eml", "Gareth Pryce", "gpryce@btinternet.example",
  "Re: Order 3D-4982 - warped base", "2026-09-16 21:37 +0100",
  _thread + """
Replacement arrived and it sits dead flat, cheers.

One more thing now that this is all wrapped up: I'd like you to delete my customer account and
everything you hold about me, including the photos of the broken base I sent. I don't plan on
ordering again for a while and would rather not have my details sitting around.

Gareth Pryce
Cardiff
""", client="thunderbird", domain="btinternet.example", content_language="en-GB", flowed=True,
  types=["deletion"], regimes=["uk_gdpr"],
  notes="Bottom-posted reply: a long quoted order thread first, the deletion request at the very end. "
        "Cardiff (UK) in the signature.")

# ---------------------------------------------------------------- teenagers and a parent

R("en-request-teen-takedown-gallery.eml", "Jayden Morales", "jmorales.minis@example.com", "take down pls",
  "2026-09-22 16:48 -0700",
  """heyy so last year i sent u pics of my warhammer minis for the customer gallery and u put my full name
and my school (mesa verde high) under the pic. can u take it down?? i didnt think about it then but
i dont want my school on the internet. im 16 and live in san diego

thx
jayden""", types=["minor_removal"], regimes=["ccpa"],
  notes="A 16-year-old in San Diego asks to take down content he posted (California minor removal).")

R("en-request-teen-review-photo.eml", "Ava Lindqvist", "ava.l.2010@example.net", "my review",
  "2026-10-05 19:22 -0700",
  """hi, i wrote a review on ur website for the cat keychain and put a selfie with it. my mom says i shouldnt
have put my face online. im 15. can u remove it please?? i live in fresno california if that matters

sent from my iphone""", client="apple", domain="example.net", types=["minor_removal"], regimes=["ccpa"],
  notes="Informal teen asks to remove her own posted review photo; California.")

R("en-request-parent-for-son.eml", "Tyler Brennan", "tyler.brennan.prints@example.com",
  "Removing my son's account and posts", "2026-10-06 08:55 -0700",
  """Hello,

My son Tyler Brennan (he is 14) created an account on your website with the address
tyler.brennan.prints@example.com and has posted several of his designs, with his first and last name
and a photo of himself, in your community showcase. I am his mother and we did not realize these
posts were public.

Please remove everything he has posted publicly and delete his account along with the information
attached to it. We live in Sacramento, California. I'm happy to send proof that I'm his parent if you
need it.

Thank you,
Colleen Brennan
(916) 555-0148""", client="outlook", frm="Colleen Brennan <colleen.brennan@example.com>",
  agent=("Colleen Brennan", "colleen.brennan@example.com"),
  types=["minor_removal", "deletion"], regimes=["ccpa"],
  notes="Parent (agent) for her 14-year-old: remove his public posts (minor removal) and delete his account. "
        "Requester is the son.")

# ---------------------------------------------------------------- California

R("en-request-ccpa-know-and-delete.eml", "Priya Raman", "priya.raman@example.com", "CCPA request",
  "2026-09-04 11:20 -0700",
  """Hi,

Under the CCPA I'm asking you to tell me what personal information you've collected about me and then
delete it. I ordered a few spools of filament from you in 2024 and 2025 using this email.

Thanks,
Priya Raman
Los Angeles, CA""", types=["access", "deletion"], regimes=["ccpa"],
  notes="Two asks in one sentence: know (access) and delete. California.")

R("en-request-do-not-sell-limit-sensitive.eml", "Marcus Chen", "mchen.sj@example.net",
  "Do Not Sell or Share My Personal Information", "2026-10-20 13:05 -0700",
  """To 3DPros,

Do not sell or share my personal information. I'd also like to limit the use of my sensitive personal
information: I gave you my precise location for local pickup back in the spring and I don't want it
used for anything beyond that.

Name: Marcus Chen
Email on my orders: mchen.sj@example.net
State: California (San Jose)

Marcus""", client="outlookcom", types=["opt_out_sale", "limit_sensitive"], regimes=["ccpa"],
  notes="Opt-out of sale/sharing plus right to limit use of sensitive PI (precise geolocation).")

R("en-request-limit-sensitive-health.eml", "Lorena Vasquez", "lorena.vasquez@example.org",
  "Use of my health information", "2026-09-25 09:47 -0700",
  """Hello,

When I ordered the custom bike-grip adapter in July I explained that I have a below-elbow amputation
so you could size it correctly. I'm glad I did, it fits perfectly.

I would like you to limit the use of that health information to making and shipping my order and
nothing else, per my right to limit use of sensitive personal information. I live in Berkeley, CA.

Thank you,
Lorena Vasquez""", client="outlookcom", types=["limit_sensitive"], regimes=["ccpa"],
  notes="Right to limit use of sensitive PI (health) - California, law not named.")

R("en-request-webform-limit-sensitive.eml", "Bryce Holloway", "bryce.holloway@example.com",
  "New Privacy Request Form submission", "2026-11-03 02:14 -0800",
  """Privacy Request Form

Name
Bryce Holloway

Email
bryce.holloway@example.com

State / Province
California

Request type
Limit the Use of My Sensitive Personal Information

Details
Please don't use my location data or anything sensitive for anything except filling my orders.

---
Sent from 3DPros (https://www.3dpros.com)
Powered by WPForms""", client="webform", frm=FORMS, reply_to="bryce.holloway@example.com",
  form=True, types=["limit_sensitive"], regimes=["ccpa"],
  notes="WPForms label/value notification from no-reply@3dpros.com; requester from the fields.")

R("en-request-shine-the-light-formal.eml", "Harold Teague", "h.teague@example.net",
  "Request pursuant to California Civil Code Section 1798.83", "2026-10-01 10:30 -0700",
  """3DPros LLC
2307 Hayfield Square
Pflugerville, TX 78660

Re: California "Shine the Light" request - customer account h.teague@example.net, orders 3D-3310
and 3D-3877

To whom it may concern:

Pursuant to California Civil Code Section 1798.83, I request that you provide me with (1) a list of
the categories of personal information that 3DPros LLC disclosed to third parties for those third
parties' direct marketing purposes during the immediately preceding calendar year, and (2) the names
and addresses of all such third parties.

I am a California resident. Please send your response to this email address within 30 days.

Sincerely,
Harold Teague
1180 Ridgecrest Ave
Redding, CA 96001""", client="yahoo", types=["shine_the_light"], regimes=["ca_shine_the_light", "ccpa"],
  notes="Formal Shine the Light letter naming Civ. Code 1798.83, with order numbers; California resident.")

R("en-request-shine-the-light-casual.eml", "Wen Li", "wenli.oak@example.com", "question re: your privacy notice",
  "2026-11-12 21:10 -0800",
  """hi there,

your privacy notice says california residents can ask once a year for information about what personal
info you shared with other companies for their own direct marketing. i'd like that info for 2025
please. i live in oakland.

thanks!
wen""", types=["shine_the_light"], regimes=["ca_shine_the_light", "ccpa"],
  notes="Shine the Light request in plain words, law not named; Oakland, California. "
        "Both California regimes given as hints because the ask is the Shine-the-Light disclosure.")

R("en-request-webform-json-shine-light.eml", "Rosa Delgado", "rosa.delgado@example.org",
  "[3dpros.com] privacy_request #2291", "2026-11-25 06:33 -0800",
  """{
  "event": "form.submitted",
  "form_id": "privacy-request",
  "submission_id": 2291,
  "submitted_at": "2026-11-25T14:33:12Z",
  "fields": {
    "full_name": "Rosa Delgado",
    "email": "rosa.delgado@example.org",
    "state": "CA",
    "request_type": "ca_shine_the_light",
    "request_type_label": "California Shine the Light disclosure",
    "order_number": "",
    "message": "Please tell me which companies got my info for marketing last year."
  },
  "meta": {"ip": "203.0.113.77", "user_agent": "Mozilla/5.0 (iPhone; CPU iPhone OS 19_1 like Mac OS X)"}
}""", client="webform", frm=FORMS, mailer="3dpros-forms/1.4", form=True,
  types=["shine_the_light"], regimes=["ca_shine_the_light", "ccpa"],
  notes="JSON webhook body from the site form; Shine the Light, state CA.")

# ---------------------------------------------------------------- other US states

R("en-request-oregon-list-and-delete.eml", "Nathan Greer", "ngreer@example.net",
  "Oregon Consumer Privacy Act request", "2026-10-09 15:26 -0700",
  """Hello 3DPros,

I'm an Oregon resident (Eugene). Under the Oregon Consumer Privacy Act I am requesting a list of the
specific third parties you have disclosed my personal data to, and after that I want my personal data
deleted.

I bought a resin printer enclosure from you in March 2026 (order 3D-4410).

Regards,
Nathan Greer""", client="thunderbird", domain="example.net", types=["access", "deletion"], regimes=["or_ocpa"],
  notes="Oregon law named: list of specific third parties (access) then deletion.")

R("en-request-texas-access-correct.eml", "Elena Hern\u00e1ndez", "elena.hernandez.atx@example.com",
  "Personal data request (Texas)", "2026-09-30 12:02 -0500",
  """Hello,

Under the Texas Data Privacy and Security Act, please confirm whether you are processing my personal
data and give me a copy of it. Also my last name is misspelled as "Hernandes" on my account and on
every order confirmation \u2014 it should be Hern\u00e1ndez. Please fix it.

Elena Hern\u00e1ndez
Round Rock, TX""", types=["access", "correction"], regimes=["tx_tdpsa"],
  notes="TDPSA named: confirm/copy (access) and fix misspelled surname (correction). Name with accent in From (RFC 2047).")

R("en-request-colorado-targeted-ads.eml", "Jess Albright", "jess.albright@example.org",
  "opt out - Colorado", "2026-10-27 19:58 -0600",
  """Hi,

Colorado resident here. Please opt me out of targeted advertising and of any sale of my personal data,
as the Colorado Privacy Act allows. I have Global Privacy Control switched on in my browser but your
site still loads the ad pixels so I'm asking directly.

Jess Albright
Fort Collins, CO""", types=["opt_out_sale"], regimes=["co_cpa"],
  notes="Colorado opt-out of targeted advertising and sale; filed as opt_out_sale (no separate ads type).")

R("en-request-nj-portability.eml", "Samantha Okafor", "s.okafor@example.com",
  "Data portability request - New Jersey", "2026-11-06 10:41 -0500",
  """Good morning,

I'm moving my custom-print business over to a local shop and I'd like to take my history with me. Under
New Jersey's data privacy law, please send me the personal data I provided to you (account details, saved
addresses, order history and the design briefs I wrote) in a portable, machine-readable format such as
CSV or JSON so I can import it elsewhere.

Thank you,
Samantha Okafor
Okafor Props & Costumes
Hoboken, NJ 07030
Mobile (201) 555-0193""", client="outlook", types=["portability"], regimes=["nj_dpa"],
  notes="Portability in a machine-readable format; New Jersey. Business signature but the data is hers.")

R("en-request-minnesota-correction.eml", "Tom Lindgren", "tlindgren@example.net", "wrong info on my account",
  "2026-09-18 08:12 -0500",
  """Hello,

My account has my birthday as 03/11/1979, it's actually 11/03/1979 (November 3rd). Your birthday coupon
keeps coming in March lol. Also my first name is Thomas not Tom. Please correct both. Minnesota resident
if you need that for the Minnesota privacy law.

Thanks,
Thomas Lindgren
Duluth MN""", types=["correction"], regimes=["mn_cdpa"],
  notes="Correct birth date and first name in the customer record; Minnesota.")

R("en-request-virginia-delete-confirm.eml", "Caroline Ashby", "cashby@example.com", "Delete my data",
  "2026-10-02 14:18 -0400",
  """Dear 3DPros,

I am a Virginia resident and I am exercising my right under the Virginia Consumer Data Protection Act
to have my personal data deleted. This includes my customer account, saved addresses and order history
to the extent you are allowed to delete it.

Please confirm once you have deleted my data.

Caroline Ashby
Charlottesville, VA""", client="outlook", cte="base64", types=["deletion"], regimes=["va_vcdpa"],
  notes="Deletion; 'please confirm once you have deleted my data' must not add a type. Base64 text part.")

# ---------------------------------------------------------------- UK / EU / Canada in English

R("en-request-uk-subject-access.eml", "Imogen Hart", "imogen.hart@example.com", "Subject access request",
  "2026-09-08 09:31 +0100",
  """Dear Sir or Madam,

I am writing to make a subject access request under the UK GDPR and the Data Protection Act 2018 for
any personal information you hold about me.

I am a customer of 3DPros and have placed orders under the name Imogen Hart, most recently order
3D-4601 (invoice INV-26-0877, August 2026). Please include my account details, order and payment
records, any correspondence with me (including notes your staff have made about me) and any marketing
or analytics data linked to my email address.

I understand that you should respond within one calendar month. Please let me know if you need
anything further to confirm my identity.

Yours faithfully,

Imogen Hart
22 Albany Terrace
York YO24 1AB""", client="outlook", content_language="en-GB", types=["access"], regimes=["uk_gdpr"],
  notes="UK subject access request in the shape of published SAR template letters; mentions order and invoice.")

R("en-request-uk-erasure-boilerplate.eml", "Oliver Brandt", "o.brandt@virginmedia.example", "Data deletion request",
  "2026-11-17 17:02 +0000",
  """To whom it may concern,

Data deletion request

Under the UK General Data Protection Regulation and the Data Protection Act 2018 I have the right to
request the deletion of my personal data held by 3DPros LLC. I am requesting that you delete all the
personal data you hold on me, including my account, my delivery addresses and any marketing lists I
am on.

Full name: Oliver Brandt
Address: 5 Heron Close, Norwich NR4 7QL
Email used with you: o.brandt@virginmedia.example

I do not consent to any other use of my personal data. Please confirm once you have deleted my data.

If you do not normally deal with data deletion requests, please pass this letter on to your data
protection officer or relevant member of staff.

Yours faithfully,
Oliver Brandt""", client="outlookcom", content_language="en-GB", types=["deletion"], regimes=["uk_gdpr"],
  notes="Template-style UK erasure letter. 'I do not consent to any other use' and 'please confirm' are "
        "boilerplate; removal from marketing lists is part of deleting everything, so deletion only.")

R("en-request-ireland-correct-restrict.eml", "Siobh\u00e1n Ryan", "siobhan.ryan@eircom.example",
  "Incorrect details / restrict processing", "2026-10-13 12:44 +0100",
  """Hi,

The phone number and the address you have on my account are wrong - the number belongs to someone
else entirely (they rang me about it!) and the Eircode is for my old apartment. Please correct them to:

Phone: +353 87 555 0142
Address: 41 Meadow Court, Ballincollig, Co. Cork, P31 X2Y4

Until you've checked and fixed this I'd ask that you restrict processing of my contact details, i.e.
don't send anything to that number or address in the meantime.

Thanks a million,
Siobh\u00e1n""", types=["correction", "restriction"], regimes=["gdpr"],
  notes="Correction plus restriction pending verification (Art. 18(1)(a) shape); Ireland.")

R("en-request-restrict-keep-for-claim.eml", "Daan Vermeer", "daan.vermeer@ziggo.example",
  "Please do NOT delete my data yet", "2026-11-09 10:07 +0100",
  """Hello,

I know I asked last month about closing my account, please hold off on that. My parcel (order 3D-5033)
was damaged and I am filing a claim against the courier and with my credit card company, and I may need
the order records and photos as evidence.

So instead of deleting: please restrict the processing of my personal data - keep it stored but don't
use it for anything else (no newsletters, no analytics) until the claim is settled.

Kind regards,
Daan Vermeer
Utrecht, Netherlands""", client="outlookcom", types=["restriction"], regimes=["gdpr"],
  notes="Restriction instead of erasure because the data is needed for a legal claim (Art. 18(1)(c) shape). "
        "'no newsletters' is the scope of the restriction, not a separate opt-out.")

R("en-request-objection-analytics.eml", "Lukas Eder", "lukas.eder@aon.example", "Objection to processing",
  "2026-09-27 16:20 +0200",
  """Dear 3DPros team,

Your privacy notice says you collect device data and approximate location from site visitors and use
it for "internal analytics and reporting". I object to this processing of my personal data on grounds
relating to my particular situation (Art. 21(1) GDPR): I don't want my visits and location tied to my
customer account.

Best regards,
Lukas Eder
Graz, Austria""", types=["objection"], regimes=["gdpr"],
  notes="Art. 21(1) objection to analytics/profiling (not direct marketing).")

R("en-request-withdraw-consent-showcase.eml", "Hannah Whitcombe", "hwhitcombe@sympatico.example",
  "Customer showcase - withdrawing permission", "2026-10-04 11:11 -0400",
  """Hi Dana,

Back in June I said yes when you asked if you could feature my name and the photo of my lithophane
lamp in your customer showcase. I've changed my mind and I'm withdrawing that consent.

No hard feelings, I still love the lamp!

Hannah Whitcombe
Kingston, Ontario""", types=["withdraw_consent"], regimes=["pipeda"],
  notes="Withdraws consent previously given for showcase use; Ontario, Canada.")

R("en-request-withdraw-consent-location.eml", "Reto Baumann", "reto.baumann@bluewin.example", "Location data",
  "2026-11-20 07:49 +0100",
  """Hello,

When I first visited your shop the browser asked whether 3dpros.com may use my location and I clicked
allow. I withdraw that consent - please stop collecting or using my location.

Regards
Reto Baumann
Winterthur, Switzerland

Von meinem iPhone gesendet""", client="apple", domain="bluewin.example", types=["withdraw_consent"], regimes=["fadp"],
  notes="Withdrawal of consent to geolocation; Switzerland.")

# ---------------------------------------------------------------- agents

_auth = Att("Authorization_Letter_Darnell_Price.pdf", "application/pdf", fake_pdf(
    "Authorized Agent Designation", ["AUTHORIZED AGENT DESIGNATION", "I, Darnell Price, authorize Erasely Inc.",
                                     "to submit deletion and opt-out requests on my behalf.",
                                     "Signed: Darnell Price   Date: 08/29/2026"]))

R("en-request-agent-removal-service.eml", "Darnell Price", "darnell.price@example.com",
  "Consumer privacy request on behalf of Darnell Price (Ref ERS-77310-DP)", "2026-09-11 06:02 -0700",
  """To the Privacy Team at 3DPros LLC,

Erasely Inc. is an authorized agent acting on behalf of the consumer named below, who is a resident of
California. A signed authorization is attached.

Consumer: Darnell Price
Email: darnell.price@example.com
Phone: (510) 555-0176
Address: 2219 Parker St, Berkeley, CA 94704

On behalf of this consumer we request that you:
  1. Delete all personal information you have collected about the consumer (Cal. Civ. Code
     1798.105), and direct your service providers to do the same; and
  2. Do not sell or share the consumer's personal information (Cal. Civ. Code 1798.120).

Please confirm completion to privacy-requests@erasely.example within the statutory timeframe, quoting
reference ERS-77310-DP.

Erasely Inc. | Consumer Privacy Operations
This message was sent by an automated request system; replies are read by our operations team.""",
  client="plain", frm="Erasely Privacy Requests <privacy-requests@erasely.example>", mailer="Erasely DSR Engine 3.2",
  attachments=[_auth], agent=("Erasely Inc.", "privacy-requests@erasely.example"),
  types=["deletion", "opt_out_sale"], regimes=["ccpa"],
  notes="Data-removal service as authorized agent (DeleteMe/Incogni-style, fictitious), signed authorization attached.")

R("en-request-agent-law-firm-uk.eml", "Rebecca Osei", "rebecca.osei@example.net",
  "Our client: Ms Rebecca Osei - Subject Access Request (Art. 15 UK GDPR)", "2026-10-23 15:40 +0100",
  """Dear Sirs

OUR CLIENT: MS REBECCA OSEI
YOUR REFERENCES: ORDERS 3D-4120, 3D-4188; INVOICES INV-26-0412, INV-26-0455

We act for Ms Rebecca Osei in connection with a dispute concerning the above orders. A signed form of
authority is enclosed.

On behalf of our client we request, pursuant to Article 15 of the UK GDPR, a copy of all personal data
you hold concerning her, together with the information set out in Article 15(1)(a)-(h), including any
internal notes, call records, emails and messages between your staff concerning our client or her
orders.

Please provide the response to this office within one month of receipt. Kindly quote our reference
HL/RO/2026-118 in all correspondence.

Yours faithfully

Harcourt & Lyle LLP
Solicitors
3 Quay Street, Bristol BS1 4DB
T: 0117 555 0120

This email is confidential and may be legally privileged. If you have received it in error please
notify the sender and delete it. Harcourt & Lyle LLP is a limited liability partnership registered in
England and Wales.""", client="outlook", frm="Harcourt & Lyle LLP <l.mercer@harcourt-lyle.example>",
  content_language="en-GB",
  attachments=[Att("Form_of_Authority_R_Osei.pdf", "application/pdf",
                   fake_pdf("Form of Authority", ["FORM OF AUTHORITY", "I, Rebecca Osei, authorise Harcourt & Lyle LLP",
                                                  "to obtain my personal data from 3DPros LLC.", "Signed R. Osei 20/10/2026"]))],
  agent=("Harcourt & Lyle LLP", "l.mercer@harcourt-lyle.example"), types=["access"], regimes=["uk_gdpr"],
  notes="Law firm as agent: SAR for its client, order numbers and invoices, legal footer. Requester is the client.")

R("en-request-agent-poa-mother.eml", "Dorothy Kessler", "dkessler1941@example.net",
  "My mother's account - Dorothy Kessler", "2026-11-04 13:26 -0500",
  """Hello,

I hold power of attorney for my mother, Dorothy Kessler, who is now in memory care. She used to buy
printed garden markers from you under dkessler1941@example.net and she still gets your catalogs and
emails, which confuse her.

Please close her account, delete her information, and take her off all of your mailing and email
lists. I've attached the power of attorney document. You can reply to me at this address.

Thank you for your help,
Paul Kessler
Sarasota, FL""", frm="Paul Kessler <paul.kessler@example.com>",
  attachments=[Att("Durable_POA_D_Kessler.pdf", "application/pdf",
                   fake_pdf("Durable Power of Attorney", ["DURABLE POWER OF ATTORNEY", "Principal: Dorothy Kessler",
                                                          "Agent: Paul Kessler", "State of Florida"]))],
  agent=("Paul Kessler", "paul.kessler@example.com"),
  types=["deletion", "opt_out_marketing"], regimes=[],
  notes="Relative with power of attorney: delete the mother's data and stop mailings. Florida gives no regime.")

# ---------------------------------------------------------------- web forms

R("en-request-webform-deletion.eml", "Kayla Nguyen", "kayla.nguyen@example.com",
  "New Entry: Data Request", "2026-09-14 23:51 -0700",
  """Name: Kayla Nguyen
Email: kayla.nguyen@example.com
Phone: (none)
Order number (optional): 3D-4733
I am a: Customer
What would you like us to do?: Delete my personal information
Additional details: I don't use the account anymore. Please remove everything incl. my address.

--
This e-mail was sent from a contact form on 3DPros (https://www.3dpros.com)""",
  client="webform", frm=FORMS, reply_to="Kayla Nguyen <kayla.nguyen@example.com>", mailer="WordPress/6.8; https://www.3dpros.com",
  form=True, types=["deletion"], regimes=[],
  notes="Contact Form 7-style label/value lines; deletion.")

_jot_html = """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>You have a new submission for <b>Privacy Rights Request</b>.</p>
<table cellpadding="6" cellspacing="0" border="1" style="border-collapse:collapse">
<tr><td><b>Full Name</b></td><td>Felix Hartmann</td></tr>
<tr><td><b>E-mail</b></td><td>felix.hartmann@web-de.example</td></tr>
<tr><td><b>Country</b></td><td>Germany</td></tr>
<tr><td><b>Which rights do you want to exercise?</b></td><td>[x] Access my data<br>[x] Receive my data in a portable format<br>[ ] Delete my data<br>[ ] Correct my data<br>[ ] Opt out of marketing</td></tr>
<tr><td><b>Preferred format</b></td><td>JSON</td></tr>
<tr><td><b>Comments</b></td><td>Please include the print settings notes from my custom orders.</td></tr>
</table>
<p style="color:#888">Submission ID 6021934457712 &middot; <a href="https://www.3dpros.com/">3dpros.com</a></p>
</body></html>"""

R("en-request-webform-html-access-portability.eml", "Felix Hartmann", "felix.hartmann@web-de.example",
  "Privacy Rights Request - Felix Hartmann", "2026-10-30 09:03 +0100", html=_jot_html, html_only=True,
  client="webform", frm=FORMS, reply_to="felix.hartmann@web-de.example", form=True,
  types=["access", "portability"], regimes=["gdpr"],
  notes="HTML-only Jotform-style table; ticked boxes access + portability, unticked boxes must not count. "
        "Country field Germany.")

R("en-request-webform-pipe-do-not-sell.eml", "Tanya Brooks", "tanya.brooks@example.net",
  "Form response: Privacy choices", "2026-12-01 18:22 -0800",
  """New response received (Google Sheets -> Apps Script)

| Timestamp           | 12/1/2026 18:22:41          |
| Name                | Tanya Brooks                |
| Email               | tanya.brooks@example.net    |
| State               | California                  |
| Request             | Do Not Sell or Share My Info|
| Order # (optional)  |                             |
| Comments            | opt me out pls              |
""", client="gform", frm=FORMS, form=True, types=["opt_out_sale"], regimes=["ccpa"],
  notes="Pipe table from an Apps Script form relay; opt-out of sale/sharing; California.")

# ---------------------------------------------------------------- appeals and complaints

R("en-request-appeal-virginia.eml", "Brian Castellano", "bcastellano@example.com",
  "Appeal of your decision on my data request", "2026-09-15 10:10 -0400",
  """Hello,

On August 12 I asked you to delete my personal data and on August 20 you replied that you would not
delete anything because I "had an open warranty claim". That claim was closed on August 28.

I am appealing your refusal under the Virginia Consumer Data Protection Act and ask you to reconsider
the decision and let me know the outcome in writing.

Brian Castellano
Richmond, VA""", types=["appeal"], regimes=["va_vcdpa"],
  notes="Contests our earlier refusal (before this mailbox's window) and asks us to reconsider: appeal only.")

R("en-request-appeal-colorado.eml", "Mei Tanaka-Ross", "mei.tr@example.org", "Re: your response / appeal",
  "2026-11-13 16:35 -0700",
  """Hi,

I'm writing to appeal your decision from October not to correct the date of birth on my account. You
said I needed to send a notarized copy of my birth certificate, which seems excessive for a filament
shop. Please review the decision again under the Colorado Privacy Act appeal process.

Mei Tanaka-Ross
Boulder, CO""", client="outlookcom", types=["appeal"], regimes=["co_cpa"],
  notes="Appeal of a refused correction; asks for review. Appeal only (no renewed correction details).")

R("en-request-complaint-still-emailing.eml", "Gordon Pike", "gpike@example.net", "STILL getting your emails",
  "2026-10-29 07:55 -0400",
  """This is the third time I am writing. I asked to be removed from your mailing list in August and again
in September and I still get 2-3 emails a week from you. This is unacceptable and I believe it violates
the CAN-SPAM Act. Remove me NOW or I will be reporting you to the FTC.

Gordon Pike""", types=["complaint", "opt_out_marketing"], regimes=["can_spam"],
  notes="Complaint about how earlier opt-outs were handled plus renewed opt-out; CAN-SPAM named.")

R("en-request-complaint-misdirected-order-email.eml", "Priyanka Shah", "p.shah@sky-mail.example",
  "Your email sent my details to a stranger", "2026-11-21 20:18 +0000",
  """Hello,

Yesterday a woman I don't know emailed me to say she had received MY order confirmation from you - with
my full name, home address and phone number on it. I am really not happy about this.

I want to know exactly what personal data of mine was sent to her and what other information you hold
about me, and I want an explanation of how this happened. If I don't get a proper answer I will take it
to the ICO.

Priyanka Shah
Leicester""", client="outlookcom", content_language="en-GB",
  types=["complaint", "access"], regimes=["uk_gdpr"],
  notes="Complaint about a breach of her data plus an access request for what was exposed/held; UK.")

# ---------------------------------------------------------------- mixed order/privacy

R("en-request-cancel-order-and-delete-account.eml", "Tyrone Jackson", "tyrone.j.atx@example.com",
  "cancel + delete account", "2026-10-08 11:48 -0500",
  """Hey guys,

Please cancel order 3D-5120 (the cable organizer set) - found one locally. And then delete my account
and all my info, I don't want an account with you anymore.

Thanks
Tyrone
Austin, TX""", types=["deletion"], regimes=["tx_tdpsa"],
  notes="Order cancellation (order handling) plus deletion of account and info (request). Texas.")

R("en-request-quotes-privacy-notice.eml", "Irene Kowalczyk", "irene.kowalczyk@example.net",
  "Re: your privacy notice", "2026-11-30 11:02 -0500",
  """Hello,

I was reading your privacy notice and it says:

> In some regions (like the EEA, UK, and Canada), you have certain rights under applicable data
> protection laws. These may include the right (i) to request access and obtain a copy of your
> personal information, (ii) to request rectification or erasure; (iii) to restrict the processing
> of your personal information; and (iv) if applicable, to data portability.

I live in Toronto, so I'd like to use the erasure one please. Delete my account and my info. I only
bought one thing (a phone stand) in 2025.

Thanks,
Irene Kowalczyk""", types=["deletion"], regimes=["pipeda"],
  notes="Quotes our privacy notice listing access, rectification, restriction and portability; only erasure "
        "is asked for. Toronto (Canada).")
