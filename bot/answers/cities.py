"""Cities news names without saying they are places ("the Tokyo stock market", "a late-night
Los Angeles recording session"): the capitals and the largest cities of the world and of
the UK.

Names that are as often people, races or words are left out ("Florence", "Sofia",
"Reading", "Derby", "Nice", "Phoenix").
"""

from __future__ import annotations

import re

_NAMES = (
    # the UK and Ireland
    "London, Manchester, Birmingham, Leeds, Glasgow, Edinburgh, Liverpool, Bristol, "
    "Sheffield, Newcastle, Cardiff, Swansea, Newport, Aberdeen, Dundee, Inverness, Belfast, "
    "Derry, Nottingham, Leicester, Coventry, Bradford, Plymouth, Southampton, Portsmouth, "
    "Brighton, Oxford, Cambridge, York, Norwich, Exeter, Luton, Blackpool, Bournemouth, "
    "Harrogate, Wolverhampton, Sunderland, Middlesbrough, Stoke, Ipswich, Gloucester, "
    "Canterbury, Dover, Carlisle, Lincoln, Worcester, Chester, Stirling, Perth, Dublin, Cork, "
    "Limerick, Galway, Heathrow, Gatwick, Stansted, "
    # Europe
    "Paris, Lyon, Marseille, Toulouse, Lille, Bordeaux, Nantes, Strasbourg, Berlin, "
    "Munich, Hamburg, Frankfurt, Cologne, Stuttgart, Dusseldorf, Dortmund, Leipzig, Dresden, "
    "Bonn, Vienna, Salzburg, Zurich, Geneva, Basel, Bern, Lausanne, Brussels, Antwerp, "
    "Amsterdam, Rotterdam, Utrecht, Eindhoven, Delft, Copenhagen, Stockholm, "
    "Gothenburg, Oslo, Bergen, Helsinki, Reykjavik, Madrid, Barcelona, Valencia, Seville, "
    "Bilbao, Malaga, Lisbon, Porto, Rome, Milan, Naples, Turin, Venice, Genoa, Bologna, "
    "Palermo, Athens, Thessaloniki, Istanbul, Ankara, Moscow, St Petersburg, Kiev, Kyiv, "
    "Minsk, Warsaw, Krakow, Gdansk, Prague, Budapest, Bucharest, Belgrade, Zagreb, "
    "Ljubljana, Sarajevo, Skopje, Tirana, Bratislava, Vilnius, Riga, Tallinn, Tbilisi, Baku, "
    "Yerevan, "
    # the Middle East and Asia
    "Cairo, Alexandria, Tehran, Baghdad, Basra, Mosul, Fallujah, Damascus, Beirut, Amman, "
    "Jerusalem, Tel Aviv, Gaza, Ramallah, Riyadh, Jeddah, Mecca, Dubai, Abu Dhabi, Doha, "
    "Muscat, Kabul, Kandahar, Islamabad, Karachi, Lahore, Peshawar, Delhi, New Delhi, "
    "Mumbai, Bombay, Calcutta, Kolkata, Chennai, Madras, Bangalore, Hyderabad, Dhaka, "
    "Colombo, Kathmandu, Beijing, Shanghai, Guangzhou, Shenzhen, Hong Kong, Taipei, Seoul, "
    "Pyongyang, Tokyo, Osaka, Kyoto, Yokohama, Manila, Jakarta, Bangkok, Hanoi, Ho Chi Minh "
    "City, Kuala Lumpur, Rangoon, Yangon, Phnom Penh, "
    # Oceania and Africa
    "Sydney, Melbourne, Brisbane, Adelaide, Canberra, Auckland, Wellington, Christchurch, "
    "Lagos, Abuja, Nairobi, Mombasa, Johannesburg, Pretoria, Durban, Cape Town, Harare, "
    "Lusaka, Kampala, Kinshasa, Addis Ababa, Khartoum, Tripoli, Tunis, Algiers, Casablanca, "
    "Rabat, Dakar, Accra, Freetown, Monrovia, Mogadishu, "
    # the Americas
    "Washington, New York, Los Angeles, Chicago, Houston, Dallas, Boston, Philadelphia, "
    "Miami, Atlanta, Seattle, Detroit, Denver, San Francisco, San Diego, Las Vegas, "
    "Baltimore, Cleveland, Pittsburgh, Minneapolis, Nashville, Memphis, New Orleans, "
    "Cincinnati, Sacramento, Toronto, Montreal, Vancouver, Ottawa, Calgary, Mexico City, "
    "Guadalajara, Monterrey, Havana, Bogota, Caracas, Lima, Quito, Buenos Aires, Sao Paulo, "
    "Rio de Janeiro, Brasilia, Montevideo"
)
CITY_NAMES = tuple(_NAMES.split(", "))
# (longest first, so that "New York" wins over "York")
CITY = re.compile(
    r"\b(?:" + "|".join(map(re.escape, sorted(CITY_NAMES, key=len, reverse=True))) + r")\b"
)
