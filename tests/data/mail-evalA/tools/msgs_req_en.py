"""English privacy requests (evaluation set A). Bodies written by hand."""

from kit import Att, Mail, add, addr, fake_jpeg, fake_pdf, req, subj

# --------------------------------------------------------------------------- E1 UK SAR (ICO-template shape)
add(Mail(
    file="en-request-sar-ico-template-outlook.eml",
    frm=addr("Harriet Olawale", "h.olawale@example.co.uk"),
    subject="Subject access request",
    date="2026-09-02 09:41 +0100",
    client="outlook",
    content_language="en-GB",
    text="""3DPros LLC
2307 Hayfield Square
Pflugerville, TX 78660
United States

Harriet Olawale
14 Larkspur Close
Didcot
OX11 7RP
United Kingdom

07700 900415
h.olawale@example.co.uk

2 September 2026

Dear Sir or Madam

Subject access request

Full name: Harriet Adebisi Olawale (orders placed as "Harriet Olawale")
Customer account email: h.olawale@example.co.uk
Orders: I think three orders between March and July 2026, one of them a custom cosplay helmet.

Please supply the personal data you hold about me, which I am entitled to receive under data protection law (the UK GDPR and the Data Protection Act 2018), held in:

- my customer account and order history
- emails and chat messages between me and your staff
- any notes your staff made about the custom helmet order and the return I asked for in July
- the photos of the helmet I sent you

If you need any more information from me, please let me know as soon as possible.

It may be helpful for you to know that data protection law requires you to respond to a request for personal data within one calendar month.

If you do not normally deal with these requests, please pass this letter to your Data Protection Officer, or relevant staff member.

If you need advice on dealing with this request, the Information Commissioner's Office can assist you and can be contacted on 0303 123 1113 or at ico.org.uk

Yours faithfully

Harriet Olawale
""",
    label=req(["access"], ["uk_gdpr"], "Harriet Olawale", "h.olawale@example.co.uk",
              "ICO-template-shaped SAR pasted into Outlook; UK GDPR + DPA 2018 named"),
))

# --------------------------------------------------------------------------- E2 one sentence, two asks
add(Mail(
    file="en-request-delete-and-dont-sell-one-line.eml",
    frm=addr("Kayla Brandt", "kaylabrandt22@example.com"),
    subject="my account",
    date="2026-09-03 21:07 -0700",
    client="apple",
    domain="example.com",
    text="""hi, pls delete my data and dont sell my email to anyone. i live in sacramento if that matters. thx

Sent from my iPhone""",
    label=req(["deletion", "opt_out_sale"], ["ccpa"], "Kayla Brandt", "kaylabrandt22@example.com",
              "two asks in one sentence; Sacramento = California"),
))

# --------------------------------------------------------------------------- E3 terse opt-out
add(Mail(
    file="en-request-unsubscribe-terse.eml",
    frm=addr("Doug Pelletier", "dpelletier.woodshop@example.net"),
    subject="Re: New silk PLA colors are here!",
    date="2026-09-04 06:12 -0500",
    client="gmail",
    text="""how do I unsubscribe?? just take me off

On Wed, Sep 2, 2026 at 10:00 AM 3DPros <3dprosteam@gmail.com> wrote:
> New silk PLA colors are here! Copper, Rose Gold and Midnight Teal.
> 15% off this week with code SILK15.
> Happy printing, the 3DPros team
""",
    label=req(["opt_out_marketing"], [], "Doug Pelletier", "dpelletier.woodshop@example.net",
              "terse opt-out typed above our quoted newsletter"),
))

# --------------------------------------------------------------------------- E4 subject-only unsubscribe
add(Mail(
    file="en-request-unsubscribe-empty-body.eml",
    frm=addr("Lorraine Mbeki", "lorraine.mbeki@example.org"),
    subject="unsubscribe",
    date="2026-09-05 13:55 -0400",
    client="yahoo",
    text="\n",
    html='<html><head></head><body><div class="ydp9c1e0a2ayahoo-style-wrap" style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;"><div><br></div></div></body></html>',
    label=req(["opt_out_marketing"], [], "Lorraine Mbeki", "lorraine.mbeki@example.org",
              "subject 'unsubscribe', empty body"),
))

# --------------------------------------------------------------------------- E5 teenager take-down
add(Mail(
    file="en-request-teen-insta-pic-takedown.eml",
    frm=addr("jaden", "jadenxplays@example.com"),
    subject="the pic",
    date="2026-09-06 16:48 -0700",
    client="gmail",
    text="""pls take down the pic of me from ur insta its embarrassing im 15. the one w the dragon i printed at the library thing in august. my mom didnt even say u could post it

jaden""",
    label=req(["minor_removal"], [], "jaden", "jadenxplays@example.com",
              "15-year-old asks for removal of a photo of himself posted by the shop"),
))

# --------------------------------------------------------------------------- E6 parent for teen
add(Mail(
    file="en-request-parent-for-daughter-review.eml",
    frm=addr("Monica Espinoza-Reyes", "monica.espinoza.reyes@example.net"),
    subject="Request to remove my daughter's posts and close her account",
    date="2026-09-08 08:20 -0700",
    client="outlookcom",
    text="""Hello,

My daughter Sofia Reyes (she is 14) created an account on your site in the spring using her school email, sreyes.2012@example.org, without asking me. She posted a review on your "Community Prints" page with a photo of her face next to the articulated axolotl, and her first and last name are shown under it.

As her parent I am asking you to:
1. Remove the review, the photo and her name from the Community Prints page, and
2. Delete her account and whatever personal information you have on her.

We live in Fresno, California. I understand minors in California have the right to have content they posted removed. I can verify that I'm her mother in whatever way you need, within reason.

Thank you,
Monica Espinoza-Reyes
(559) 555-0148
""",
    label=req(["minor_removal", "deletion"], ["ccpa"], "Sofia Reyes", "sreyes.2012@example.org",
              "parent as agent for a 14-year-old: remove posted review/photo + delete account; Fresno CA",
              agent=("Monica Espinoza-Reyes", "monica.espinoza.reyes@example.net"),
              agent_for=("Sofia Reyes", "sreyes.2012@example.org")),
))

# --------------------------------------------------------------------------- E7 Shine the Light formal
add(Mail(
    file="en-request-shine-the-light-civil-code.eml",
    frm=addr("Bernard T. Okafor", "bokafor@example.com"),
    subject="Request under California Civil Code Section 1798.83",
    date="2026-09-09 11:03 -0700",
    client="thunderbird",
    domain="example.com",
    text="""To: 3DPros LLC
Attn: Privacy

I am a California resident and a customer of 3DPros LLC (account email bokafor@example.com).

Pursuant to California Civil Code Section 1798.83, I request that you provide me with:

(a) a list of the categories of personal information about me that 3DPros LLC disclosed to third parties for their direct marketing purposes during the immediately preceding calendar year (2025); and

(b) the names and addresses of all third parties that received such personal information, and examples of the types of products or services marketed by them, if known.

Please send the response to this email address. I am aware the statute allows one such request per calendar year; this is my first request to your company.

Bernard T. Okafor
1180 Alder Creek Rd
Ukiah, CA 95482
""",
    label=req(["shine_the_light"], ["ca_shine_the_light"], "Bernard T. Okafor", "bokafor@example.com",
              "formal Shine the Light request, statute cited"),
))

# --------------------------------------------------------------------------- E8 Shine the Light casual
add(Mail(
    file="en-request-shine-the-light-casual.eml",
    frm=addr("Priya Raman", "priya.raman.sd@example.com"),
    subject="question about who gets my info",
    date="2026-09-10 19:31 -0700",
    client="gmail",
    text="""Hey 3DPros folks,

Big fan of the glow filament. Quick thing though - I'm in San Diego and I read in your privacy notice that California residents can ask once a year which companies you gave their info to for those companies' marketing. So: I'd like that list please, for last year. Names/addresses of whoever got my info for their marketing and what kind of info it was.

If the answer is "nobody" that's great, just tell me that in writing.

thanks!
Priya
""",
    label=req(["shine_the_light"], ["ca_shine_the_light"], "Priya Raman", "priya.raman.sd@example.com",
              "Shine the Light in plain words, no statute; San Diego CA"),
))

# --------------------------------------------------------------------------- E9 Shine + do not sell
add(Mail(
    file="en-request-shine-and-do-not-sell.eml",
    frm=addr("Grace Whitlock", "gwhitlock@example.org"),
    subject="Two California privacy requests",
    date="2026-09-14 07:55 -0700",
    client="apple",
    domain="example.org",
    mailer="Apple Mail (2.3774.600.62)",
    text="""Hello,

I'm sending two requests in one email to save us both time.

First, under California's "Shine the Light" law (Civ. Code 1798.83), please tell me whether you shared my personal information with any third party for its own direct marketing in 2025, and if so who.

Second, under the CCPA I am opting out of the sale and sharing of my personal information. Your notice says you don't sell, which is good, but I'd like this on record going forward.

My account is under gwhitlock@example.org. I live in Berkeley.

Regards,
Grace Whitlock""",
    label=req(["shine_the_light", "opt_out_sale"], ["ca_shine_the_light", "ccpa"], "Grace Whitlock",
              "gwhitlock@example.org", "two numbered asks, both laws named"),
))

# --------------------------------------------------------------------------- E10 limit sensitive (health)
add(Mail(
    file="en-request-limit-sensitive-prosthetic.eml",
    frm=addr("Tomasz Wierzbicki", "t.wierzbicki@example.com"),
    subject="Use of my medical info from the prosthetic cover order",
    date="2026-09-15 14:22 -0700",
    client="gmail",
    text="""Hi Dana,

Thanks again for the prosthetic leg cover, it fits great and people keep asking about it.

For that order I sent you a lot of detail about my amputation, the socket measurements and a scan of my residual limb. I'm fine with you keeping it for the order and warranty, but I want to limit the use of that sensitive personal information to just that. No using it for marketing, case studies, "customer stories", training anything, or sharing it with anyone beyond what's needed to make and ship the part. I'm in Long Beach, CA so I believe that's my right under the CCPA.

Can you confirm?

Tomasz Wierzbicki
""",
    label=req(["limit_sensitive"], ["ccpa"], "Tomasz Wierzbicki", "t.wierzbicki@example.com",
              "limit use of health data to what is needed; friendly opener; CCPA named"),
))

# --------------------------------------------------------------------------- E11 limit sensitive (geolocation)
add(Mail(
    file="en-request-limit-sensitive-geolocation.eml",
    frm=addr("Ashley Nguyen", "ashnguyen@example.net"),
    subject="Geolocation",
    date="2026-09-17 22:40 -0700",
    client="apple",
    domain="example.net",
    text="""Your privacy notice table says "G. Geolocation data - Device location - YES".

I never agreed to you tracking my device location. Only use my precise location for what you actually need (shipping to my address), and nothing else. No profiling, no ads, no "analytics". This is a request to limit the use of my sensitive personal info, I'm a California resident (Oakland).

Ashley

Sent from my iPhone""",
    label=req(["limit_sensitive"], ["ccpa"], "Ashley Nguyen", "ashnguyen@example.net",
              "quotes our notice; precise geolocation is sensitive PI under CPRA"),
))

# --------------------------------------------------------------------------- E12 web form, limit sensitive, unticked boxes
add(Mail(
    file="en-request-webform-limit-sensitive-checkboxes.eml",
    frm=addr("3DPros Website", "no-reply@3dpros.com"),
    reply_to="jmarsh.builds@example.com",
    subject="New submission: Privacy Request Form",
    date="2026-09-18 03:14 -0500",
    client="webform",
    mailer="WPForms",
    text="""A new Privacy Request Form submission was received on 3dpros.com.

Name
Jordan Marsh

Email
jmarsh.builds@example.com

State / Province
California

Country
United States

I am submitting this request about
[x] Myself
[ ] Someone else (authorized agent)

Request type (tick all that apply)
[ ] Access / Right to know
[ ] Delete
[ ] Correct
[ ] Do not sell or share
[x] Limit the use of my sensitive personal information
[ ] Unsubscribe from marketing

Details
I sent you a photo of my driver's license for the age check on the resin kit. Don't use that for anything but the age check.

Consent
I confirm the information above is accurate.

---
Sent from 3dpros.com | IP: 203.0.113.77 | Entry ID: 4471
""",
    label=req(["limit_sensitive"], ["ccpa"], "Jordan Marsh", "jmarsh.builds@example.com",
              "WPForms label/value lines; only one box ticked, unticked boxes must not add types", form=True),
))

# --------------------------------------------------------------------------- E13 appeal, Texas
add(Mail(
    file="en-request-appeal-texas-deletion-denied.eml",
    frm=addr("Wade Holcomb", "wadeholcomb@example.com"),
    subject="Appeal - PD-2026-0058",
    date="2026-09-11 10:17 -0500",
    client="outlookcom",
    text="""To 3DPros LLC,

On August 27 you answered my request to delete my information (your reference PD-2026-0058) by saying you would keep my name, address and order history "for business records" and only delete the marketing list entry.

I am appealing that decision under the Texas Data Privacy and Security Act. I closed my account in June, I have no open orders or warranty claims, and "business records" is not a reason that was explained to me. Please reconsider and either delete the rest or tell me in writing, with the specific legal reason, what you are keeping and for how long.

If the appeal is denied I understand I can contact the Texas Attorney General.

Wade Holcomb
Round Rock, TX
""",
    label=req(["appeal"], ["tx_tdpsa"], "Wade Holcomb", "wadeholcomb@example.com",
              "appeal of a refusal made before this mailbox window; quotes an older token not in this set"),
))

# --------------------------------------------------------------------------- E14 appeal, Virginia
add(Mail(
    file="en-request-appeal-virginia-access.eml",
    frm=addr("Lucinda Farraday", "lfarraday@example.org"),
    subject="Appealing your response to my data request",
    date="2026-10-02 16:05 -0400",
    client="gmail",
    text="""Hello,

In August I asked what personal data you hold about me. Marco replied that you "only have my order info" and closed the request, but didn't send me a copy of anything. That's not what I asked for.

I'm a Virginia resident (Charlottesville) and I understand I can appeal a company's decision on a consumer rights request under the Virginia Consumer Data Protection Act. Please treat this email as that appeal. I want an actual copy of my data - the order details, addresses, anything from the custom quote conversation, and whatever your payment processor sends back to you.

Lucinda Farraday
""",
    label=req(["appeal"], ["va_vcdpa"], "Lucinda Farraday", "lfarraday@example.org",
              "appeal of a closed access request; VCDPA named"),
))

# --------------------------------------------------------------------------- E15 appeal + complaint, Colorado
add(Mail(
    file="en-request-appeal-colorado-and-complaint.eml",
    frm=addr("Ryan Castellanos", "rcastellanos@example.net"),
    subject="Appeal + complaint",
    date="2026-10-06 12:44 -0600",
    client="gmail",
    text="""Hi,

I'm writing to appeal your refusal of my opt-out request from last month. You wrote back that you "don't do targeted advertising" so there was nothing to opt out of, but I keep seeing ads for your filament on Instagram right after visiting your site, so clearly something is being shared with Meta. Under the Colorado Privacy Act I'm entitled to appeal, so this is my appeal.

I also want to complain about how this was handled. Nobody asked me any questions, the reply came from a personal-looking address with no reference number, and it took 5 weeks. That's not ok for something involving my personal data.

Ryan Castellanos
Fort Collins, CO
""",
    label=req(["appeal", "complaint"], ["co_cpa"], "Ryan Castellanos", "rcastellanos@example.net",
              "appeal of a refused opt-out plus a complaint about handling"),
))

# --------------------------------------------------------------------------- E16 complaint + opt-out, CAN-SPAM
add(Mail(
    file="en-request-complaint-still-getting-emails.eml",
    frm=addr("Howard Tran", "howie.tran@example.com"),
    subject="THIRD TIME - stop emailing me",
    date="2026-09-21 08:02 -0400",
    client="yahoo",
    text="""I have clicked unsubscribe on your emails THREE times since July. Every time it says I'm unsubscribed and then the next week there's another "flash sale". Isn't this exactly what CAN-SPAM is supposed to stop? Honestly it makes me wonder what else you're doing with my information.

Take me off every list you have. Now. Not in 10 days.

Howard Tran""",
    label=req(["complaint", "opt_out_marketing"], ["can_spam"], "Howard Tran", "howie.tran@example.com",
              "complaint about ignored unsubscribes + renewed opt-out; CAN-SPAM named"),
))

# --------------------------------------------------------------------------- E17 complaint, Ontario, wrong recipient
add(Mail(
    file="en-request-complaint-order-sent-to-stranger.eml",
    frm=addr("Meredith Kowalczyk", "mkowalczyk@example.ca"),
    subject="You sent my order details to another customer",
    date="2026-09-23 19:26 -0400",
    client="outlookcom",
    text="""Hello,

Today a woman I don't know emailed me to say she received an email from your shop that was meant for me: it had my full name, my home address in Hamilton, Ontario, my phone number and the details of my order (including the custom engraving text). She forwarded it back to me, which was kind of her.

I'm honestly upset about this. I want to make a formal complaint about how my personal information was handled. I want to know how this happened, who else might have received it, and what you're doing so it doesn't happen again.

Meredith Kowalczyk
Hamilton, ON
""",
    label=req(["complaint"], ["pipeda"], "Meredith Kowalczyk", "mkowalczyk@example.ca",
              "complaint about a misdirected email containing her data; Ontario"),
))

# --------------------------------------------------------------------------- E18 objection, Ireland
add(Mail(
    file="en-request-objection-internal-research-ireland.eml",
    frm=addr("Ciarán Ó Dubhghaill", "ciaran.odubhghaill@example.ie"),
    subject=subj("Objection to processing – \"internal research\""),
    date="2026-09-24 10:10 +0100",
    client="gmail",
    text="""Hi there,

Your privacy notice says you may use customers' personal information "for undertaking internal research for technological development and demonstration".

I object to my personal data (including the 3D scan of my head I sent for the bust commission, and my order history) being used for that purpose. I'm making this objection under Article 21(1) GDPR on grounds relating to my particular situation: the scan is biometric-adjacent and I never expected it to be used to develop or demo anything. Please stop any such use and confirm.

I'm not asking you to delete the order itself.

Go raibh maith agat,
Ciarán Ó Dubhghaill
Galway, Ireland
""",
    label=req(["objection"], ["gdpr"], "Ciarán Ó Dubhghaill", "ciaran.odubhghaill@example.ie",
              "Art. 21(1) objection to a purpose quoted from our notice; explicitly not deletion"),
))

# --------------------------------------------------------------------------- E19 correction + restriction
add(Mail(
    file="en-request-fraud-flag-correct-and-restrict.eml",
    frm=addr("Ingrid Vos", "ingrid.vos@example.nl"),
    subject="My account is wrongly marked as fraud",
    date="2026-09-25 15:37 +0200",
    client="gmail",
    text="""Hello,

When I tried to order last week, your checkout said my account was "on hold - payment risk". Marco told me by phone it was because of a chargeback on my account in 2025. That chargeback was my bank's mistake and was reversed within a week; I can send the letter from ING.

So two things:
- please correct my customer record so it no longer says I did a chargeback / am a payment risk
- until you have checked and corrected it, please stop using that flag for anything (don't pass it to your payment provider, don't use it to block me). Don't delete it either, I may need it for my complaint with the bank.

Kind regards,
Ingrid Vos
Utrecht, the Netherlands
""",
    label=req(["correction", "restriction"], ["gdpr"], "Ingrid Vos", "ingrid.vos@example.nl",
              "contests accuracy: correct + restrict meanwhile (Art. 18(1)(a) shape) without naming it"),
))

# --------------------------------------------------------------------------- E20 restriction, UK
add(Mail(
    file="en-request-restriction-keep-for-courier-claim.eml",
    frm=addr("Simon Achterberg", "simon.achterberg@example.co.uk"),
    subject="Please don't delete my records yet",
    date="2026-09-28 11:58 +0100",
    client="thunderbird",
    domain="example.co.uk",
    flowed=True,
    text="""Dear 3DPros,

Back in May I asked you to close my account. I've since found out the 
parcel from my last order (the large terrain set) was left in the rain 
by the courier and I'm making a claim against them.

Rather than deleting my data, please keep my order records, the 
delivery photos and our emails about the damage, but don't use them for 
anything else while my claim is open - I'm asking you to restrict 
processing under the UK GDPR. I'll tell you when the claim is finished.

Regards
Simon Achterberg
Leeds
""",
    label=req(["restriction"], ["uk_gdpr"], "Simon Achterberg", "simon.achterberg@example.co.uk",
              "Art. 18(1)(c)-style restriction: keep for a legal claim; mentions deletion only as what NOT to do"),
))

# --------------------------------------------------------------------------- E21 portability, Austria (English)
add(Mail(
    file="en-request-portability-json-export.eml",
    frm=addr("Lukas Hinterberger", "lukas.hinterberger@example.at"),
    subject="Export of my account data",
    date="2026-09-07 20:19 +0200",
    client="gmail",
    text="""Hello 3DPros team,

I'm moving my regular prints to a service closer to home (shipping to Austria got expensive). Could you export the data I gave you - account details, shipping addresses, order history with the print settings I chose, and the list of model files I uploaded (names + upload dates are enough, I have the files) - in a machine-readable format like JSON or CSV? Under GDPR I think that's data portability.

No need to delete anything, I might still order from you now and then.

Thanks a lot,
Lukas
--
Lukas Hinterberger
Graz, Österreich
""",
    label=req(["portability"], ["gdpr"], "Lukas Hinterberger", "lukas.hinterberger@example.at",
              "portability in JSON/CSV; explicitly no deletion"),
))

# --------------------------------------------------------------------------- E22 CCPA right to know (dmarti-style letter)
add(Mail(
    file="en-request-ccpa-right-to-know-letter.eml",
    frm=addr("Elena Marchetti", "elena.marchetti@example.com"),
    subject="CCPA request to know",
    date="2026-09-29 09:12 -0700",
    client="gmail",
    text="""To whom it may concern:

Any information I provide to you may be used solely for the limited purpose of complying with the request stated in this letter.

This letter is in regard to your obligations under the California Consumer Privacy Act.

My address is

2231 Vista Grande Ave
Apt 4
Santa Rosa, CA 95403

My phone number is 707-555-0192.

I request that you disclose to me the categories and specific pieces of personal information that your company has collected about me, the categories of sources, the business or commercial purpose for collecting it, and the categories of third parties with whom you share it, as required under the CCPA.

If my request is deficient in some manner, please provide me with specific directions on how to remedy it.

I await your prompt response.

Sincerely,

Elena Marchetti
elena.marchetti@example.com
""",
    label=req(["access"], ["ccpa"], "Elena Marchetti", "elena.marchetti@example.com",
              "CCPA right-to-know letter in the published template shape"),
))

# --------------------------------------------------------------------------- E23 law firm agent
add(Mail(
    file="en-request-solicitor-for-client-access-erasure.eml",
    frm=addr("Abigail Trent", "a.trent@hollisandmoor.example"),
    subject="Our client: Mr Declan Fairweather - data subject access and erasure request",
    date="2026-09-30 14:31 +0100",
    client="outlook",
    content_language="en-GB",
    cc="dfairweather@example.co.uk",
    text="""Dear Sirs

Our client: Mr Declan Fairweather
Your order reference: 3DP-20934

We act for Mr Declan Fairweather of 9 Cobden Mews, Bristol BS6 5LT in connection with a dispute concerning the above order. A signed form of authority is attached.

On behalf of our client we request:

1. under Article 15 UK GDPR, a copy of all personal data you hold concerning our client, including all correspondence, internal notes, call records and any information relating to order 3DP-20934; and

2. following provision of that copy, the erasure under Article 17 UK GDPR of all personal data concerning our client which you are not required by law to retain.

Please direct all correspondence on this matter to the writer.

Yours faithfully

Abigail Trent
Associate
Hollis & Moor LLP
12 Quay Street, Bristol BS1 4HQ
T: 0117 496 0311

Hollis & Moor LLP is a limited liability partnership registered in England and Wales (OC000000) and is authorised and regulated by the Solicitors Regulation Authority. This email is confidential and may be legally privileged. If you have received it in error please notify the sender immediately and delete it from your system; you must not copy, distribute or take any action in reliance on it.
""",
    attachments=[Att("Form of authority - D Fairweather.pdf", "application/pdf",
                     fake_pdf("Form of authority", ["FORM OF AUTHORITY", "I, Declan Fairweather, authorise Hollis & Moor LLP",
                                                     "to act on my behalf in all matters relating to my personal data",
                                                     "held by 3DPros LLC.", "Signed: D. Fairweather   Date: 24/09/2026"]))],
    label=req(["access", "deletion"], ["uk_gdpr"], "Declan Fairweather", "dfairweather@example.co.uk",
              "law firm as agent; numbered asks; order number; legal footer with 'delete it from your system' must not matter",
              agent=("Abigail Trent", "a.trent@hollisandmoor.example"),
              agent_for=("Declan Fairweather", "dfairweather@example.co.uk")),
))

# --------------------------------------------------------------------------- E24 data-removal service (authorized agent)
add(Mail(
    file="en-request-agent-removal-service-ccpa.eml",
    frm=addr("ScrubTrail Privacy Requests", "requests@scrubtrail.example"),
    subject="CCPA Deletion and Opt-Out Request on behalf of Nathaniel Osei [ST-77310-4421]",
    date="2026-10-01 04:00 +0000",
    client="plain",
    domain="mailer.scrubtrail.example",
    mailer="ScrubTrail Agent Mailer 3.2",
    reply_to="agent-replies+77310@scrubtrail.example",
    text="""To: 3DPros LLC Privacy Team

ScrubTrail, Inc. is an authorized agent registered with the California Secretary of State. The consumer named below, a California resident, has authorized ScrubTrail to submit the following requests on their behalf under the California Consumer Privacy Act (Cal. Civ. Code 1798.100 et seq.):

  1. REQUEST TO DELETE all personal information 3DPros LLC has collected about the consumer.
  2. REQUEST TO OPT OUT of the sale and sharing of the consumer's personal information.

Consumer details
  Name:     Nathaniel Osei
  Email:    n.osei.photo@example.com
  Phone:    (415) 555-0166
  Address:  88 Dolores Terrace, San Francisco, CA 94110

A copy of the consumer's signed authorization is available at request. ScrubTrail has verified the consumer's identity by email and SMS.

Any personal information provided in this email may be used solely for the purpose of complying with these requests.

Please reply to agent-replies+77310@scrubtrail.example within 15 business days to confirm completion or to explain why you cannot comply.

Request ID: ST-77310-4421

--
ScrubTrail, Inc. | 548 Market St PMB 000, San Francisco, CA 94104
You are receiving this message because a consumer has appointed ScrubTrail as their authorized agent.
""",
    label=req(["deletion", "opt_out_sale"], ["ccpa"], "Nathaniel Osei", "n.osei.photo@example.com",
              "data-removal service as authorized agent (fictitious DeleteMe-style); numbered delete + opt-out",
              agent=("ScrubTrail Privacy Requests", "requests@scrubtrail.example"),
              agent_for=("Nathaniel Osei", "n.osei.photo@example.com")),
))

# --------------------------------------------------------------------------- E25 P.S. below a friendly message
add(Mail(
    file="en-request-ps-under-thank-you.eml",
    frm=addr("Beatrice Lindqvist-Moore", "bea.lm@example.com"),
    subject="The lighthouse arrived!!",
    date="2026-10-03 17:20 -0700",
    client="gmail",
    text="""Hi Dana and Marco!

The lighthouse lamp arrived today and it is even better than the renders. My dad cried a little (he was a keeper on the Oregon coast for 12 years so this means a lot). The little LED in the top works perfectly and the layer lines are basically invisible. Thank you for redoing the gallery rail when I asked, that was above and beyond.

I'll definitely be back before Christmas for the matching keeper's cottage.

Bea

P.S. unrelated - could you delete my old phone number and my old Portland address from my account/records? I moved and I don't want that stuff floating around anymore. The new address is already on the order.
""",
    label=req(["deletion"], [], "Beatrice Lindqvist-Moore", "bea.lm@example.com",
              "deletion of specific data hidden in a P.S. below a thank-you; Oregon mention is her dad's past, she is not claiming Oregon law"),
))

# --------------------------------------------------------------------------- E26 new text on top of a long quoted order thread
add(Mail(
    file="en-request-erase-above-long-order-thread.eml",
    frm=addr("Marcus Delacroix-Webb", "mdw@example.net"),
    subject="Re: Your order 3DP-21877 has shipped",
    date="2026-10-05 09:03 -0500",
    client="gmail",
    text="""Got it, all good, thanks. Now that this is done please close my account and erase everything you have about me. I won't be ordering again (nothing personal, I bought my own printer lol).

Marcus

On Fri, Oct 2, 2026 at 4:11 PM 3DPros <3dprosteam@gmail.com> wrote:
> Hi Marcus,
>
> Your order 3DP-21877 has shipped with UPS, tracking 1Z999AA10123456784.
> It should arrive Monday or Tuesday.
>
> Thanks again for your patience with the reprint!
> Dana
> 3DPros LLC
>
> On Tue, Sep 29, 2026 at 8:47 AM Marcus Delacroix-Webb <mdw@example.net> wrote:
>> That's fine, reprint it in the gray then. Same size.
>>
>> On Mon, Sep 28, 2026 at 5:02 PM 3DPros <3dprosteam@gmail.com> wrote:
>>> Hi Marcus,
>>>
>>> Bad news: the first print of your drone frame warped at the corners
>>> (the PETG-CF spool we had was a bit wet). We can reprint in black
>>> PETG-CF in about a week, or in gray right away. Which would you like?
>>>
>>> Sorry for the delay,
>>> Marco
>>>
>>> On Thu, Sep 24, 2026 at 11:30 AM Marcus Delacroix-Webb <mdw@example.net> wrote:
>>>> Hi, attached is the STL for a 5" FPV frame. Can you print it in
>>>> PETG-CF, 4 walls, 40% gyroid? Arms need to be strong. I'm in Tulsa.
>>>>
>>>> Thanks
>>>> Marcus
""",
    label=req(["deletion"], [], "Marcus Delacroix-Webb", "mdw@example.net",
              "new text on top carries the request; long quoted order thread below; Oklahoma, no regime"),
))

# --------------------------------------------------------------------------- E27 formal letter with order number, correction, Virginia
add(Mail(
    file="en-request-formal-letter-name-change-order-number.eml",
    frm=addr("Catherine Abernathy", "c.abernathy@example.org"),
    subject="Correction of personal information - Customer since 2024, order no. 3DP-19502",
    date="2026-10-07 10:40 -0400",
    client="outlookcom",
    text="""Catherine Abernathy (formerly Catherine Pruitt)
4410 Wessex Court
Richmond, VA 23226

October 7, 2026

3DPros LLC
2307 Hayfield Square
Pflugerville, TX 78660

Re: Correction of personal information - order no. 3DP-19502

Dear 3DPros LLC,

I am a customer of yours since 2024; my most recent order was no. 3DP-19502 (placed August 14, 2026). Following my marriage my legal surname has changed from Pruitt to Abernathy, and my date of birth in your records (which I provided for the engraved anniversary plaque) is wrong: it should be 03/11/1988, not 11/03/1988.

Under the Virginia Consumer Data Protection Act I request that you correct the inaccurate personal data in your customer records accordingly: surname, the name on my account, and my date of birth. My email address stays the same.

Please confirm in writing once the corrections have been made.

Sincerely,

Catherine Abernathy
""",
    label=req(["correction"], ["va_vcdpa"], "Catherine Abernathy", "c.abernathy@example.org",
              "formal letter mentioning an order number; correcting name and birth date in the customer record"),
))

# --------------------------------------------------------------------------- E28 web form, deletion, Oregon
add(Mail(
    file="en-request-webform-delete-oregon.eml",
    frm=addr("3DPros Website", "no-reply@3dpros.com"),
    reply_to="hollis.fenwick@example.com",
    subject="[3DPros] Contact form: Privacy / data request",
    date="2026-10-08 22:51 -0500",
    client="webform",
    mailer="Contact Form 7",
    text="""From: Hollis Fenwick <hollis.fenwick@example.com>
Subject: Privacy / data request

Topic: My personal data
State: Oregon

Message Body:
Delete my account and all my data please. I don't use it anymore. Order emails were under hollisfenwick@example.com (no dot) back in 2024, please remove that one too.

--
This e-mail was sent from a contact form on 3DPros (https://3dpros.com)
""",
    label=req(["deletion"], [], "Hollis Fenwick", "hollis.fenwick@example.com",
              "Contact Form 7 notification; Oregon (no regime in vocabulary)", form=True),
))

# --------------------------------------------------------------------------- E29 web form HTML table, BC Canada
_html29 = """<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
<p>You have a new entry for <b>Privacy Request Form</b>.</p>
<table cellpadding="6" cellspacing="0" border="1" style="border-collapse:collapse;border-color:#ddd">
<tr><td style="background:#f3f3f3"><b>Full name</b></td><td>Theodore Ng</td></tr>
<tr><td style="background:#f3f3f3"><b>Email</b></td><td><a href="mailto:theo.ng@example.ca">theo.ng@example.ca</a></td></tr>
<tr><td style="background:#f3f3f3"><b>Province / State</b></td><td>British Columbia</td></tr>
<tr><td style="background:#f3f3f3"><b>Country</b></td><td>Canada</td></tr>
<tr><td style="background:#f3f3f3"><b>What would you like us to do?</b></td><td>Send me a copy of my personal information<br>Send my data in a portable format (CSV/JSON)</td></tr>
<tr><td style="background:#f3f3f3"><b>Anything else?</b></td><td>Mostly interested in what you keep from the quote tool (the measurements I typed in).</td></tr>
<tr><td style="background:#f3f3f3"><b>Page</b></td><td>https://3dpros.com/privacy-request/</td></tr>
</table>
<p style="font-size:11px;color:#888">Sent by Jotform notifications</p>
</body></html>"""
add(Mail(
    file="en-request-webform-html-table-copy-and-export.eml",
    frm=addr("Jotform", "no-reply@3dpros.com"),
    reply_to="theo.ng@example.ca",
    subject="Re: Privacy Request Form - Theodore Ng",
    date="2026-10-09 13:02 -0700",
    client="webform",
    html=_html29,
    html_only=True,
    label=req(["access", "portability"], ["pipeda"], "Theodore Ng", "theo.ng@example.ca",
              "HTML-only Jotform-style table; two choices in one cell; British Columbia", form=True),
))

# --------------------------------------------------------------------------- E30 HTML-only Art. 21(2) objection to marketing
_html30 = """<html><head><meta charset="utf-8"></head><body>
<div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Dear 3DPros,</p>
<p>I am writing to exercise my right under Article 21(2) and (3) of the GDPR to object to any and all processing of my personal data for direct marketing purposes.</p>
<p>This includes, but is not limited to:</p>
<ul>
<li>sending me promotional emails, newsletters or discount codes;</li>
<li>adding me to any advertising &ldquo;custom audience&rdquo; or lookalike audience;</li>
<li>inferring my interests from my orders in order to target offers at me.</li>
</ul>
<p>Please cease such processing with immediate effect and confirm that my objection has been complied with.</p>
<p>Kind regards,<br>Marta Jel&iacute;nkov&aacute;<br>Brno, Czech Republic<br><span style="color:#888">marta.jelinkova@example.cz</span></p>
</div></body></html>"""
add(Mail(
    file="en-request-html-only-object-direct-marketing.eml",
    frm=addr("Marta Jelínková", "marta.jelinkova@example.cz"),
    subject="Objection to direct marketing (Art. 21 GDPR)",
    date="2026-10-10 08:15 +0200",
    client="outlookcom",
    html=_html30,
    html_only=True,
    label=req(["opt_out_marketing"], ["gdpr"], "Marta Jelínková", "marta.jelinkova@example.cz",
              "HTML-only; Art. 21(2) objection to direct marketing is opt_out_marketing, not objection"),
))

# --------------------------------------------------------------------------- E31 base64 withdraw consent, Australia
add(Mail(
    file="en-request-base64-withdraw-photo-consent.eml",
    frm=addr("Chloe Pemberton", "chloe.pemberton@example.com.au"),
    subject="Photo consent",
    date="2026-10-12 09:30 +1000",
    client="plain",
    domain="example.com.au",
    mailer="Microsoft Outlook 16.0",
    cte="base64",
    text="""G'day,

Last year I signed your little consent form so you could use the photos of my son's wheelchair tray and the cup-holder you designed for it, on your website and Instagram.

I'm withdrawing that consent now. My son is older and doesn't want his chair on the internet. Please stop using those photos from here on.

Cheers,
Chloe Pemberton
Geelong VIC
""",
    text_only=True,
    label=req(["withdraw_consent"], [], "Chloe Pemberton", "chloe.pemberton@example.com.au",
              "base64 plain body; withdrawal of a photo consent; Australia (no regime)"),
))

# --------------------------------------------------------------------------- E32 newsletter + review consent
add(Mail(
    file="en-request-no-newsletter-and-pull-review.eml",
    frm=addr("Dmitri Sokolov", "dsokolov@example.net"),
    subject="consent",
    date="2026-10-13 23:58 -0400",
    client="gmail",
    text="""Hello,
I no longer agree to getting your newsletter or promo emails, and I also withdraw the permission I gave you to publish my review and my first name + city on your homepage ("Dmitri from Buffalo"). Please take it down.
Dmitri
""",
    label=req(["opt_out_marketing", "withdraw_consent"], [], "Dmitri Sokolov", "dsokolov@example.net",
              "two withdrawals in one sentence: marketing (opt_out_marketing) and review publication (withdraw_consent); New York"),
))

# --------------------------------------------------------------------------- E33 boilerplate that must not add types
add(Mail(
    file="en-request-delete-with-boilerplate-footer.eml",
    frm=addr("Yusuf Demir", "yusuf.demir@example.com"),
    subject="Account deletion request",
    date="2026-10-14 12:09 -0500",
    client="outlook",
    text="""Hello,

Please delete my account (yusuf.demir@example.com) and all personal data associated with it.

Please confirm once you have deleted my data. I do not consent to any other purpose.

Thank you,

Yusuf Demir
Senior Project Engineer | Halvorsen Mechanical Group
M: 512-555-0137

CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for the sole use of the intended recipient(s) and may contain confidential and privileged information. Any unauthorized review, use, disclosure or distribution is prohibited. If you are not the intended recipient, please contact the sender by reply e-mail and destroy all copies of the original message. Halvorsen Mechanical Group does not consent to the processing of personal data contained in this message for any purpose other than that for which it was sent.
""",
    label=req(["deletion"], [], "Yusuf Demir", "yusuf.demir@example.com",
              "deletion only: 'please confirm once deleted', 'I do not consent to any other purpose' and the corporate footer add nothing"),
))

# --------------------------------------------------------------------------- E34 GPC / Connecticut opt-out of sale
add(Mail(
    file="en-request-gpc-connecticut-opt-out.eml",
    frm=addr("Naomi Feldstein", "nfeldstein@example.org"),
    subject="Opt out of sale / targeted advertising",
    date="2026-10-15 07:45 -0400",
    client="gmail",
    text="""Hi,

I browse with Global Privacy Control turned on, but I noticed your site still loads the Meta pixel and the TikTok pixel before I click anything on the cookie banner. So I'm sending this by email as well:

Under the Connecticut Data Privacy Act I opt out of the sale of my personal data and of its processing for targeted advertising. That covers the pixels and anything you upload to ad platforms (customer lists etc.).

Naomi Feldstein
New Haven, CT
""",
    label=req(["opt_out_sale"], ["ct_ctdpa"], "Naomi Feldstein", "nfeldstein@example.org",
              "opt-out of sale and targeted advertising filed as opt_out_sale; GPC mentioned"),
))

# --------------------------------------------------------------------------- E35 Connecticut access then delete
add(Mail(
    file="en-request-ct-copy-then-delete.eml",
    frm=addr("Walter Abiodun", "walt.abiodun@example.com"),
    subject="Personal data request",
    date="2026-10-16 18:30 -0400",
    client="apple",
    domain="example.com",
    mailer="Apple Mail (2.3774.600.62)",
    text="""Hello,

I'd like to know whether you process my personal data, and if you do, please send me a copy of it. Once I've received it, delete it.

I live in Stamford, Connecticut.

Walter Abiodun
walt.abiodun@example.com""",
    label=req(["access", "deletion"], ["ct_ctdpa"], "Walter Abiodun", "walt.abiodun@example.com",
              "access then deletion; Connecticut"),
))

# --------------------------------------------------------------------------- E36 Australia access (APP 12)
add(Mail(
    file="en-request-australia-app12-access.eml",
    frm=addr("Rohan Kapoor", "rohan.kapoor@example.com.au"),
    subject="Request for access to personal information",
    date="2026-10-19 14:05 +1100",
    client="gmail",
    text="""Dear Privacy Officer,

I request access to the personal information 3DPros LLC holds about me, under Australian Privacy Principle 12. I bought two tabletop terrain sets from you this year and had them shipped to Brisbane.

Please provide a copy of the information (electronic is fine) and let me know if you need anything to confirm my identity.

Regards,
Rohan Kapoor
Brisbane QLD
""",
    label=req(["access"], [], "Rohan Kapoor", "rohan.kapoor@example.com.au",
              "OAIC/APP 12-shaped access request; Australia (no regime)"),
))

# --------------------------------------------------------------------------- E37 under-18 California, web form
add(Mail(
    file="en-request-webform-under18-remove-post.eml",
    frm=addr("3DPros Website", "no-reply@3dpros.com"),
    reply_to="mila.k.draws@example.com",
    subject="New submission: Contact us",
    date="2026-10-20 15:33 -0500",
    client="webform",
    mailer="WPForms",
    text="""A new Contact us submission was received on 3dpros.com.

Name
Mila K

Email
mila.k.draws@example.com

Order number (optional)
(empty)

Message
hi im 16 and i live in california. i posted a comment with a picture of my sketchbook on your community prints page in like may and it has my full name on it. can you remove it please? my account email is this one. thank you!!

---
Sent from 3dpros.com | Entry ID: 4602
""",
    label=req(["minor_removal"], ["ccpa"], "Mila K", "mila.k.draws@example.com",
              "under-18 Californian asks to remove content she posted (the right our notice describes)", form=True),
))

# --------------------------------------------------------------------------- E38 appeal, Oregon
add(Mail(
    file="en-request-appeal-oregon-tax-records.eml",
    frm=addr("Sierra Blackwood", "sierrab@example.net"),
    subject="Re: your reply about my deletion request",
    date="2026-10-21 11:11 -0700",
    client="gmail",
    text="""Hi Dana,

I don't accept that answer. You said you have to keep my name and address for 7 years for "tax reasons", but the order was paid by my employer's card and invoiced to them, not me. Please take this as a formal appeal of your decision to refuse my deletion request and have someone look at it again.

Sierra Blackwood
Eugene, OR
""",
    label=req(["appeal"], [], "Sierra Blackwood", "sierrab@example.net",
              "appeal of a partial refusal made outside this set (Re: subject, no token); Oregon = no regime"),
))
