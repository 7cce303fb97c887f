# Word classes of session 25 (i16-sexual29), read by Rules/SexualStatements.cs: no new kind. Lingerie (bra) words and
# places (a bed, a sofa) some languages lacked, so that lingerie on a bed (the bedroom scene `strict` blocks since
# i16-sexual26, ReadWeak25) is read in them too: Thai beds and bedrooms, Vietnamese nội y, Persian لباس زیر, sofas named by
# their make or cover (Chesterfield, skinnsoffa); posed words (Indonesian menungging, Korean 엎드린 자세: bent over) that with
# lingerie anywhere are nudity, as ass up and kneeling on the bed are (ReadWeak25). Written for GenScreen from general knowledge of the languages (MIT, this
# project); no third-party list.
W = {
"en": {"place": "chesterfield|leather chesterfield|chaise longue|daybed|four poster bed|four-poster bed|canopy bed"},
"sv": {"place": "skinnsoffa|skinnsoffan|sammetssoffa|sammetssoffan|dubbelsäng|dubbelsängen|hotellsäng|hotellsängen"},
"th": {"place": "เตียง|บนเตียง|โซฟา|ห้องนอน|ห้องโรงแรม|ฟูก"},
"vi": {"bra": "nội y|nội y ren|đồ lót|đồ lót ren|đồ ngủ xuyên thấu"},
"fa": {"bra": "لباس زیر|لباس زیر توری|لباس زیرش|جوراب بنددار|بند جوراب"},
"id": {"posed": "menungging|nungging|sambil menungging"},
"ko": {"posed": "엎드린 자세|엎드려 있는|엎드린 채"},
"tl": {"bra": "naka lingerie|lace lingerie"},
"it": {"place": "divano di velluto|divanetto|chaise longue|letto matrimoniale"},
}
