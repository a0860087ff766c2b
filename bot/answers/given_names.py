"""Common given names: a full name that starts with one is a person's ("Michael Howard's
proposals", "a superb Martin Corry tackle"), even where nothing else in the article says so.

Names that are as often places, teams or words are left out ("Chelsea", "Jordan",
"Victoria", "Bill", "Christian", "Will").
"""

from __future__ import annotations

from bot.answers.question import word_set

GIVEN_NAMES = word_set(
    # men's names of Britain, Ireland and the English-speaking world
    "aaron adam adrian alan alastair albert alec alex alexander alfred alistair andrew andy "
    "angus anthony antony archie arnold arthur barry ben benjamin bernard billy bob bobby "
    "brendan brian bruce bryan callum calvin carl charles charlie chris christopher clive "
    "colin craig damian damien daniel danny darren dave david dean dennis derek desmond "
    "dominic donald douglas duncan dylan eamonn ed eddie edward edwin eric ernest euan ewan "
    "frank fraser fred freddie frederick gareth garry gary gavin geoff geoffrey george gerald "
    "gerard gerry glenn gordon graeme graham greg gregory harold harry harvey henry howard "
    "hugh iain ian isaac jack jake james jamie jason jeff jeffrey jeremy jim jimmy joe joel "
    "john johnny jon jonathan jonny joseph josh joshua julian justin keith kelvin ken kenneth "
    "kenny kevin kieran kyle lawrence lee leon leonard liam luke malcolm marcus mark martin "
    "matt matthew michael mick mike neil nicholas nick nigel noel norman oliver owen patrick "
    "paul pete peter phil philip ralph raymond richard rick rob robbie robert robin rodney "
    "roger ronald ronnie ross roy rupert russell ryan sam samuel scott sean sebastian shane "
    "shaun simon stanley steve steven stephen stewart stuart ted terry thomas tim timothy "
    "toby tom tommy tony trevor vernon vince vincent wayne william willie "
    # women's names
    "alice alison amanda amy andrea angela ann anna anne annie barbara beverley brenda carol "
    "caroline catherine cheryl christine claire clare deborah debbie denise diana diane donna "
    "dorothy elaine eleanor elizabeth ellen emily emma fiona gillian hannah harriet heather "
    "helen jackie jacqueline jane janet jennifer jenny jessica jill joan joanna josephine "
    "joyce judith julia julie karen kate katherine kathryn kathy kelly kirsty laura lesley "
    "linda lisa liz lorraine louise lucy lynn lynne margaret maria marie marion mary maureen "
    "melanie michelle miriam natalie nicola nicole patricia paula pauline rachel rebecca ruth "
    "sally samantha sandra sarah sharon sheila shirley sophie stephanie sue susan suzanne "
    "tessa theresa tracey valerie vanessa wendy yvonne "
    # names of continental Europe, Russia and Latin America
    "alain alexei andre andrei antonio bernd carlos claude dieter diego dmitry domenico "
    "enrique fabio felix fernando francesco francisco franck francois franz frederic gerhard "
    "giovanni giuseppe gunter hans heinrich helmut henri hugo igor jacques javier jens joachim "
    "jorge jose josef juan jurgen klaus lars luca luigi luis manuel marco marcel mario markus "
    "matthias michel miguel mikhail nicolas nikolai olaf oleg pablo paolo pascal patrice "
    "pedro philippe pierre rafael ramon raul ricardo roberto rolf romano sergei sergio silvio "
    "stefan stefano sven thierry ulrich viktor vladimir wolfgang xavier yves yuri yury "
    "birgit carla chiara elena eva francesca helga ingrid isabel isabelle katarina lucia "
    "marta monika nathalie petra sabine silvia sofia ursula "
    "gustavo ines maurice walter zinedine didier arsene ruud cristiano andriy lleyton marat "
    "amelie justine svetlana anastasia leonardo werner sergey "
    # more names of the English-speaking world, in news of sport, politics and film
    "ashley jermaine kieron emile dwight serena lindsay marlon dwain gethin martyn "
    "dafydd rhys ieuan olly jude keanu cate renee hilary elton kylie britney quentin clint "
    "meryl denzel woody brad angelina reese gwyneth scarlett hazel estelle condoleezza "
    "hillary carly warren larry jacob nathan boris "
    # and of Africa, Asia and the Middle East
    "ahmed hassan kofi mohammed muhammad nelson omar thabo mahmoud abdullah ahmad hamid "
    "rashid tariq yasser ariel haile kenenisa junichiro lakshmi ratan mukesh anil sunil rahul "
    "sanjay vijay amit ravi"
)
