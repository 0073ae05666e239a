## scale: the shop's scale, its readings and troubles (src/scale)
scale-stable = Stable weight
scale-moving = The scale is moving…
scale-zero = Nothing on the scale
scale-negative = Below zero: zero the scale
scale-overload = Too heavy for the scale
scale-unplugged = The scale does not answer on { $port } ({ $detail }): is it plugged in and on? Type the weight meanwhile.
scale-silent = The scale says nothing: is it on? Type the weight meanwhile.
scale-garbage = The scale sends what Souk cannot read: check its protocol and speed in Settings (F8).
scale-unit = The scale weighs in { $unit }: set it to kilograms.
scale-fault = The scale reports a fault: switch it off and on again.
scale-err-protocol = "{ $text }" is not a scale protocol: choose Toledo 8217 or CAS.
scale-err-baud = "{ $text }" is not a line speed: for example 9600.
scale-waiting = Reading the scale…
scale-press-enter = Stable weight: Enter to add it
ui-weight-hint-grams = Type the weight in grams (350) or in kilos (0.350).
ui-kg = kg
