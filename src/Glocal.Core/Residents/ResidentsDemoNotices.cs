namespace Glocal.Core.Residents;

/// <summary>Two demo notices with translations in several states: reviewed, current, machine and outdated.</summary>
internal static class ResidentsDemoNotices
{
    public static IEnumerable<Notice> Create(DateTime now)
    {
        var legal = new Notice
        {
            Id = Guid.CreateVersion7(),
            Title = "외국인주민 무료 법률 상담의 날",
            Body = "매월 둘째 토요일 오후 2시부터 5시까지 외국인주민 상담센터에서 변호사와 노무사가 무료로 상담합니다.\n예약 없이 오셔도 되며, 통역이 필요하면 미리 알려 주세요.",
            PublishedOn = DateOnly.FromDateTime(now.AddDays(-10)),
            UpdatedAt = now.AddDays(-10),
        };
        Add(legal, "en", TranslationStatus.Reviewed, "Free legal advice day for foreign residents",
            "On the second Saturday of every month, from 2 to 5 p.m., a lawyer and a labour attorney give free advice at the foreign resident counselling centre.\nNo appointment is needed. If you need an interpreter, please tell us in advance.");
        Add(legal, "vi", TranslationStatus.Reviewed, "Ngày tư vấn pháp lý miễn phí cho cư dân nước ngoài",
            "Vào thứ Bảy tuần thứ hai hằng tháng, từ 14 giờ đến 17 giờ, luật sư và chuyên viên tư vấn lao động sẽ tư vấn miễn phí tại trung tâm tư vấn cư dân nước ngoài.\nKhông cần đặt hẹn trước. Nếu cần phiên dịch, vui lòng báo trước cho chúng tôi.");
        Add(legal, "zh-Hans", TranslationStatus.Current, "外国居民免费法律咨询日",
            "每月第二个星期六下午2点至5点，律师和劳务师在外国居民咨询中心提供免费咨询。\n无需预约。如需翻译，请提前告知。");
        Add(legal, "th", TranslationStatus.Machine, "วันให้คำปรึกษากฎหมายฟรีสำหรับชาวต่างชาติ",
            "ทุกวันเสาร์ที่สองของเดือน เวลา 14.00–17.00 น. ทนายความและที่ปรึกษาด้านแรงงานให้คำปรึกษาฟรีที่ศูนย์ให้คำปรึกษาชาวต่างชาติ\nไม่ต้องนัดหมายล่วงหน้า หากต้องการล่าม โปรดแจ้งล่วงหน้า");
        Add(legal, "uz", TranslationStatus.Current, "Xorijlik aholi uchun bepul huquqiy maslahat kuni",
            "Har oyning ikkinchi shanbasi soat 14:00 dan 17:00 gacha xorijlik aholi maslahat markazida advokat va mehnat maslahatchisi bepul maslahat beradi.\nOldindan yozilish shart emas. Tarjimon kerak boʻlsa, oldindan xabar bering.");
        Add(legal, "ne", TranslationStatus.Reviewed, "विदेशी बासिन्दाका लागि निःशुल्क कानुनी परामर्श दिवस",
            "हरेक महिनाको दोस्रो शनिबार दिउँसो 2 बजेदेखि 5 बजेसम्म विदेशी बासिन्दा परामर्श केन्द्रमा वकिल र श्रम सल्लाहकारले निःशुल्क परामर्श दिनुहुन्छ।\nपहिले नै समय लिनु पर्दैन। दोभाषे चाहिएमा कृपया पहिले नै जानकारी दिनुहोस्।");
        yield return legal;

        // Revised once: the premium due date changed, so translations made from the first version are outdated.
        var insurance = new Notice
        {
            Id = Guid.CreateVersion7(),
            Title = "외국인 건강보험 가입 안내",
            Body = "국내에 6개월 이상 머무는 외국인은 국민건강보험에 가입해야 합니다.\n보험료는 매월 25일까지 내야 하며, 밀리면 체류 기간 연장이 제한될 수 있습니다. 문의: 국민건강보험공단 1577-1000 (외국어 상담 가능).",
            PublishedOn = DateOnly.FromDateTime(now.AddDays(-40)),
            SourceRevision = 2,
            UpdatedAt = now.AddDays(-5),
        };
        Add(insurance, "en", TranslationStatus.Reviewed, "Health insurance for foreign residents",
            "Foreign nationals staying in Korea for six months or more must join the National Health Insurance.\nPremiums are due by the 10th of each month.", revision: 1);
        Add(insurance, "vi", TranslationStatus.Current, "Bảo hiểm y tế dành cho người nước ngoài",
            "Người nước ngoài lưu trú tại Hàn Quốc từ 6 tháng trở lên phải tham gia Bảo hiểm Y tế Quốc dân.\nPhí bảo hiểm phải nộp trước ngày 10 hằng tháng.", revision: 1);
        Add(insurance, "ru", TranslationStatus.Reviewed, "Медицинское страхование для иностранцев",
            "Иностранцы, проживающие в Корее шесть месяцев и более, обязаны вступить в систему Национального медицинского страхования.\nВзносы нужно платить до 25-го числа каждого месяца; при задолженности продление срока пребывания может быть ограничено. Справки: Национальная служба медицинского страхования, 1577-1000 (есть консультации на иностранных языках).");
        yield return insurance;
    }

    private static void Add(Notice notice, string language, TranslationStatus status, string title, string body, int? revision = null) =>
        notice.Translations.Add(new NoticeTranslation
        {
            NoticeId = notice.Id, Language = language, Title = title, Body = body, Status = status, SourceRevision = revision ?? notice.SourceRevision,
        });
}
