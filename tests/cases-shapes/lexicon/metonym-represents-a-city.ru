# A place that represents a city instead of a country is rejected.
# expect: dsh:Represents-represents
DELETE WHERE { place:moscow dip:represents ?c } ;
INSERT DATA { place:moscow dip:represents place:paris }
