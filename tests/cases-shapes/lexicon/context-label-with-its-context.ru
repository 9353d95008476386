# A context label with one context entity conforms ("Minsk" after the Normandy format).
# expect: conforms
INSERT DATA { agreement:minsk-agreements dip:contextLabel "Minsk"@en ; dip:labelContext format:normandy-format }
