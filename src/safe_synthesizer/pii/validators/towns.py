"""Towns of locales outside the detector's vocabulary lists: Croatian, Slovenian, Hungarian, Slovak,
Belgian, Colombian, Argentine, Chilean, Russian, Ukrainian and every other Faker locale listing real towns.

Why: :func:`gazetteers.all_cities` unions the vocabulary locales only, so a column of Croatian
(``Čazma``, ``Slavonski Brod``) or Slovenian towns (``Ilirska Bistrica``, ``Žalec``) matched no list
and was left as it was. Faker lists their real towns; they are read here, any case, also without
accents. Hungarian settlement names are compounds ending in a settlement word (``-háza``,
``-vára``, ``-falva``, ``-egyháza``: ``Nyíregyháza``, ``Békésligetháza``); Faker lists those endings
and thirty real towns, so a word of three or more letters before such an ending is town-shaped,
as ``-ville`` is in French.

Example::

    extra_listed_town("slavonski brod")  # True
    hungarian_town_shape("Drávahetvennádasd")  # True
"""

from __future__ import annotations

import importlib
import re
from functools import lru_cache

from safe_synthesizer.pii import gazetteers
from safe_synthesizer.pii.column_place_more_towns import more_towns
from safe_synthesizer.pii.column_towns import small_country_town
from safe_synthesizer.pii.country_towns import detected_country_towns
from safe_synthesizer.pii.fake_places import own_places

#: Locales whose Faker town lists are read here (not in :data:`gazetteers.VOCAB_LOCALES`).
TOWN_LOCALES = ("hr_HR", "sl_SI", "hu_HU", "sk_SK", "nl_BE", "es_CO", "es_AR", "es_CL", "ru_RU", "uk_UA", "id_ID",
                "vi_VN", "th_TH",
                # Every other Faker locale that lists real towns (set 17: Azerbaijani ``Gəncə``, Macedonian
                # ``Битола`` and Algerian town columns with their names hidden matched no list).
                "az_AZ", "ar_DZ", "fr_DZ", "bn_BD", "en_BD", "el_GR", "he_IL", "hi_IN", "hy_AM", "ka_GE", "mk_MK",
                "ne_NP", "mr_IN", "ta_IN", "zu_ZA", "zh_TW", "zh_CN", "ko_KR")  # fmt: skip
# Cities of countries Faker lists no towns for (Kenya, Ghana, Malaysia, Vietnam's largest): a town column of
# theirs matched no list. Listed only (no locale vote). Nigeria, Venezuela and Malta: the fakes' own pool
# (:data:`OWN_TOWN_LOCALES`), one list for both.
_MORE_TOWNS = (
    "Nairobi, Mombasa, Kisumu, Nakuru, Eldoret, Thika, Malindi, Kitale, Garissa, Kakamega, Nyeri, Machakos, Meru, "
    "Naivasha, Kericho, Embu, Accra, Kumasi, Tamale, Takoradi, Sekondi, Cape Coast, Sunyani, Koforidua, Ho, Tema, "
    "Kuala Lumpur, George Town, Ipoh, Shah Alam, Petaling Jaya, Johor Bahru, Seremban, Melaka, Kuching, "
    "Kota Kinabalu, Kuantan, Alor Setar, Kota Bharu, Kuala Terengganu, Miri, Sandakan, Klang, Subang Jaya, "
    "Hà Nội, Hồ Chí Minh, Hải Phòng, Đà Nẵng, Cần Thơ, Huế, Nha Trang, Vũng Tàu, Biên Hòa, Buôn Ma Thuột, "
    "Quy Nhơn, Vinh, Đà Lạt, Thái Nguyên, Nam Định, Hạ Long, Long Xuyên, Rạch Giá, Mỹ Tho, Thủ Đức, "
    # South Africa's cities in English (Faker zu_ZA lists their Zulu names), Pakistan's and Bulgaria's largest
    # (no Faker list), Egypt's in Arabic and English.
    "Johannesburg, Cape Town, Durban, Pretoria, Port Elizabeth, Gqeberha, Bloemfontein, East London, "
    "Pietermaritzburg, Nelspruit, Kimberley, Rustenburg, Soweto, Richards Bay, Welkom, Stellenbosch, "
    "Vereeniging, Benoni, Centurion, Midrand, Sandton, Karachi, Lahore, Faisalabad, Rawalpindi, Gujranwala, "
    "Peshawar, Multan, Islamabad, Quetta, Sialkot, Sargodha, Bahawalpur, Sukkur, Larkana, Abbottabad, Mardan, "
    "Sheikhupura, Rahim Yar Khan, Jhang, Gujrat, Muzaffarabad, Mirpur Khas, Dera Ghazi Khan, София, Пловдив, "
    "Варна, Бургас, Русе, Стара Загора, Плевен, Сливен, Добрич, Шумен, Перник, Хасково, Ямбол, Пазарджик, "
    "Благоевград, Велико Търново, Враца, Габрово, Видин, Кюстендил, Монтана, Кърджали, Ловеч, Силистра, "
    "Търговище, Разград, Смолян, Асеновград, Казанлък, Sofia, Plovdiv, Burgas, Stara Zagora, Pleven, Sliven, "
    "Dobrich, Shumen, Pernik, Haskovo, Yambol, Pazardzhik, Blagoevgrad, Veliko Tarnovo, Vratsa, Gabrovo, "
    "القاهرة, الإسكندرية, الجيزة, شبرا الخيمة, بورسعيد, السويس, الأقصر, أسوان, أسيوط, المنصورة, طنطا, الزقازيق, "
    "الفيوم, الإسماعيلية, دمياط, المنيا, بني سويف, قنا, سوهاج, الغردقة, كفر الشيخ, دمنهور, المحلة الكبرى, "
    "العريش, مرسى مطروح, شرم الشيخ, بنها, شبين الكوم, Cairo, Alexandria, Giza, Luxor, Aswan, Asyut, Mansoura, "
    "Tanta, Zagazig, Ismailia, Port Said, Suez, Hurghada, Damietta, Faiyum, Minya, Sohag"
)  # fmt: skip
#: Locales whose real towns :mod:`fake_places` lists as the fakes' pool; they are town words here too.
OWN_TOWN_LOCALES = ("mt_MT", "en_NG", "es_VE")
_ATTRIBUTES = ("cities", "real_city_names", "municipalities", "city_names", "communes")
# Endings of two letters (``fa``) are too short to mark a town.
_MIN_ENDING = 3
_MIN_STEM = 3
_MIN_TOWN = 3


def _provider(locale: str):
    try:
        return importlib.import_module(f"faker.providers.address.{locale}").Provider
    except ImportError:
        return None


@lru_cache(maxsize=1)
def _towns() -> frozenset[str]:
    out: set[str] = set()
    for locale in TOWN_LOCALES:
        provider = _provider(locale)
        for attribute in _ATTRIBUTES:
            entries = getattr(provider, attribute, ()) or ()
            # Chilean communes come as a mapping of code -> name.
            for entry in entries.values() if isinstance(entries, dict) else entries:
                # Colombian and Argentine municipalities come as (code, name[, province]).
                town = str(entry[1] if isinstance(entry, tuple) else entry).lower()
                if len(town) >= _MIN_TOWN:  # ``As``, ``La``: two letters are words, not towns
                    out |= {town, gazetteers.plain_form(town)}
    own = (t for loc in OWN_TOWN_LOCALES for t in own_places(loc, "city"))
    for town in (*_MORE_TOWNS.split(","), *more_towns(), *own):
        town = town.strip().lower()
        if len(town) >= _MIN_TOWN:
            out |= {town, gazetteers.plain_form(town)}
    # The countries Faker has no locale of (Rwanda, Congo, Tonga...): their towns, names and words left out.
    return frozenset(out | detected_country_towns())


@lru_cache(maxsize=1)
def _hungarian_ending() -> re.Pattern[str] | None:
    provider = _provider("hu_HU")
    endings = sorted(
        (str(s).lower() for s in getattr(provider, "city_suffixes", ()) or () if len(str(s)) >= _MIN_ENDING),
        key=len,
        reverse=True,
    )
    if not endings:
        return None
    return re.compile(rf"^[^\W\d_]{{{_MIN_STEM},}}?(?:{'|'.join(map(re.escape, endings))})$", re.IGNORECASE)


def extra_listed_town(value: str) -> bool:
    """A Croatian, Slovenian or Hungarian town listed by Faker, or a Latvian, Lithuanian, Estonian
    or Irish one (:mod:`column_towns`): any case, accents optional."""
    text = value.strip().lower()
    return text in _towns() or gazetteers.plain_form(text) in _towns() or small_country_town(text) is not None


def hungarian_town_shape(value: str) -> bool:
    """One capitalised word ending in a Hungarian settlement word after a stem of three letters or more."""
    text = value.strip()
    pattern = _hungarian_ending()
    return bool(pattern and " " not in text and text[:1].isupper() and pattern.match(text))
