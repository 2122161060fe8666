{:user {:plugins [[lein-ancient "0.7.0"]]}
 :auth {:repository-auth {#"clojars" {:username "janedoe"
                                       :password "CLOJARS_91d057244c63699d3dc24731fc9a175671f968e33dae7e3250b4ffcc28be"}
                          #"nexus\.acme-corp\.net" {:username "deploy"
                                                      :password "XBO9octks6O6GYKk"}}}}
